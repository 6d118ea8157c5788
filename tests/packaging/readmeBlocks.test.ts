import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { blocksOf, classify, errorsAtReadmeLines, readmePaths, writeBlocks, type ReadmeBlock } from './readmeBlocks.js';
import { createScratchApp, viteBuild, type ScratchApp } from './scratchApp.js';

const tarballs = inject('tarballs');
const kit = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));

/**
 * A fresh Vite + React 19 app as its template makes it, plus what the blocks import beyond the
 * kit and its peers: Node and Express for the server blocks, Vitest for the test blocks.
 */
const dependencies = {
  ...kit,
  react: '^19.2.0',
  'react-dom': '^19.2.0',
  '@tanstack/react-query': '^5.90.0',
  msw: '^2.9.0',
  vite: '^8.3.0',
  typescript: '~5.9.3',
  '@types/react': '^19.2.0',
  '@types/react-dom': '^19.2.0',
  '@types/node': '^20.19.0',
  express: '^5.1.0',
  '@types/express': '^5.0.0',
  vitest: '^4.1.0',
};

/** The built site's files (paths relative to `dist`), except MSW's worker script copied from `public/`. */
function bundled(dist: string): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => posix.relative(dist, join(entry.parentPath, entry.name)))
      .filter((file) => file !== 'mockServiceWorker.js')
      .map((file) => [file, readFileSync(join(dist, file), 'utf8')]),
  );
}

/** What only MSW or the mock's fixtures put in a bundle. */
const mockTraces = ['mockServiceWorker', '[MSW]', 'Teamleader Focus', 'Sage Intacct', 'ik-demo-app'];
const tracesIn = (files: Map<string, string>) =>
  mockTraces.filter((trace) => [...files.values()].some((text) => text.includes(trace)));

/**
 * Points the app's index.html at one entry module and builds it into `outDir`. `NODE_ENV` decides
 * `import.meta.env.DEV` (Vitest's own `test` would keep development branches in a build).
 */
function buildEntry(app: ScratchApp, entry: string, outDir: string, nodeEnv = 'production') {
  const html = `<!doctype html>\n<html lang="en">\n  <body>\n    <div id="root"></div>\n    <script type="module" src="/${entry}"></script>\n  </body>\n</html>\n`;
  writeFileSync(join(app.dir, 'index.html'), html);
  viteBuild(app.dir, ['--outDir', outDir, '--emptyOutDir'], { ...process.env, NODE_ENV: nodeEnv });
  return join(app.dir, outDir);
}

describe('every ts/tsx block of the READMEs, pasted into a strict Vite + React 19 app installed from the tarballs', () => {
  const found = readmePaths().map((readme) => ({ readme, ...blocksOf(readme) }));
  const blocks: ReadmeBlock[] = classify(found.flatMap(({ blocks }) => blocks));
  let app: ScratchApp;

  beforeAll(() => {
    app = createScratchApp('readme-blocks', dependencies);
    writeBlocks(app.dir, blocks);
  });
  afterAll(() => app?.remove());

  it('reads the blocks of the root README and of each package README, ui included; fragments are rare', () => {
    const counts = Object.fromEntries(found.map(({ readme, blocks }) => [readme, blocks.length]));
    for (const readme of [
      'README.md',
      ...['client', 'hooks', 'mocks', 'ui'].map((name) => `packages/${name}/README.md`),
    ])
      expect(counts[readme], readme).toBeGreaterThan(0);
    const fragments = found.reduce((sum, { fragments }) => sum + fragments, 0);
    expect(fragments).toBeLessThanOrEqual(Math.floor(blocks.length / 10));
    expect(new Set(blocks.map((block) => block.file)).size).toBe(blocks.length);
  });

  it('type-checks each block as its own module: strict, noUnusedLocals, noUnusedParameters', () => {
    const tsc = join(app.dir, 'node_modules/typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], {
        cwd: app.dir,
        encoding: 'utf8',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(errorsAtReadmeLines(output, blocks)).toEqual([]);
  });

  it('runs the blocks that are Vitest test files, and they pass', () => {
    const tests = blocks.filter((block) => /\.test\.tsx?$/.test(block.file)).map((block) => block.file);
    expect(tests.length).toBeGreaterThanOrEqual(3);
    const vitest = join(app.dir, 'node_modules/vitest/vitest.mjs');
    // A child run of its own: none of this run's Vitest variables leak into it.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
    execFileSync(process.execPath, [vitest, 'run', '--reporter=json', '--outputFile=report.json', ...tests], {
      cwd: app.dir,
      env: { ...env, NODE_ENV: 'test' },
      stdio: 'pipe',
    });
    const report = JSON.parse(readFileSync(join(app.dir, 'report.json'), 'utf8')) as {
      numPassedTests: number;
      success: boolean;
    };
    expect(report.success).toBe(true);
    expect(report.numPassedTests).toBeGreaterThanOrEqual(tests.length);
  });

  it('builds every browser block with vite build', () => {
    const browser = blocks.filter((block) => block.browser);
    expect(browser.length).toBeGreaterThan(blocks.length / 2);
    const entry = browser.map((block) => `import '../${block.file.replace(/\.tsx?$/, '')}';\n`).join('');
    mkdirSync(join(app.dir, 'entry'), { recursive: true });
    writeFileSync(join(app.dir, 'entry/all-blocks.ts'), entry);
    const files = bundled(buildEntry(app, 'entry/all-blocks.ts', 'dist-blocks'));
    const scripts = [...files.keys()].filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // The kit's components made it into the bundle (not tree-shaken away as unused).
    expect([...files.values()].some((text) => text.includes('integration-card'))).toBe(true);
  });

  it('"Run your app on the mock": the production build holds no MSW and no fixtures, the development build does', () => {
    const main = blocks.find((block) => block.readme === 'README.md' && block.file === 'blocks/root/src/main.tsx');
    expect(main?.code).toContain('import.meta.env.DEV');
    const entry = (main as ReadmeBlock).file;
    const production = bundled(buildEntry(app, entry, 'dist-production'));
    expect([...production.keys()].some((file) => file.endsWith('.js'))).toBe(true);
    expect(tracesIn(production)).toEqual([]);
    // The same snippet in development mode does bundle the mock: the traces above are real ones.
    expect(tracesIn(bundled(buildEntry(app, entry, 'dist-development', 'development')))).toEqual(mockTraces);
  });
});
