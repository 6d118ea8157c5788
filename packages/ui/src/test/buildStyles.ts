import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(dirname(require.resolve('@tailwindcss/cli/package.json')), 'dist/index.mjs');
const tailwindDir = dirname(require.resolve('tailwindcss/package.json'));

function inTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ik-styles-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Compiles the kit's stylesheet exactly as `pnpm build:css` does, into a temporary file (tests
 * running in parallel never read a half-written dist/styles.css).
 */
export function buildKitCss(): string {
  return inTempDir((dir) => {
    const output = join(dir, 'styles.css');
    execFileSync(process.execPath, [cli, '-i', join(packageDir, 'src/styles.css'), '-o', output, '--minify'], {
      cwd: packageDir,
      stdio: 'pipe',
    });
    execFileSync(process.execPath, [join(packageDir, 'scripts/scope-css.mjs'), output], { stdio: 'pipe' });
    return readFileSync(output, 'utf8');
  });
}

/** Compiles a host app's own Tailwind build (with preflight, unprefixed) for the given markup. */
export function buildHostTailwindCss(markup: string): string {
  return inTempDir((dir) => {
    writeFileSync(join(dir, 'host.html'), markup);
    writeFileSync(
      join(dir, 'host.css'),
      `@import "${join(tailwindDir, 'index.css')}" source(none);\n@source "./host.html";\n`,
    );
    const output = join(dir, 'out.css');
    execFileSync(process.execPath, [cli, '-i', join(dir, 'host.css'), '-o', output], { cwd: dir, stdio: 'pipe' });
    return readFileSync(output, 'utf8');
  });
}
