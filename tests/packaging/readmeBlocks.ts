import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

/** One ```ts or ```tsx block of a README, as a user would paste it into a file of their app. */
export interface ReadmeBlock {
  /** The README it comes from, relative to the repository root (`packages/ui/README.md`). */
  readme: string;
  /** The README line of the block's first code line (1-based). */
  line: number;
  /** Where the block is written in the scratch app, relative to its root. */
  file: string;
  code: string;
  /** Bundled for the browser: it imports nothing server-only, directly or through another block. */
  browser: boolean;
}

const root = join(import.meta.dirname, '../..');

/** README.md and every package's README, relative to the repository root. */
export function readmePaths(): string[] {
  const packages = readdirSync(join(root, 'packages'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const paths = packages.map((entry) => `packages/${entry.name}/README.md`);
  return ['README.md', ...paths.filter((path) => readdirSync(join(root, dirname(path))).includes('README.md'))];
}

// ```ts and ```tsx blocks, possibly indented under a list item. An info string with `fragment`
// (```ts fragment) marks a block that is not meant to compile on its own.
const fence = /^(\s*)```(ts|tsx)(?:\s+(\S.*))?$/;
// A first line such as `// app/settings/integrations/actions.ts` names the file the block belongs in.
const fileComment = /^\/\/ ([\w.[\]/-]+\.tsx?)\b/;
const serverOnly = /^(node:|express$|vitest$|@integrations-kit\/client\/server$|@integrations-kit\/mocks\/node$)/;
const importFrom = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/g;

/** Every compilable block of one README (fragments left out) and how many fragments it has. */
export function blocksOf(readme: string): { blocks: ReadmeBlock[]; fragments: number } {
  const lines = readFileSync(join(root, readme), 'utf8').split('\n');
  const slug = readme === 'README.md' ? 'root' : (readme.split('/')[1] as string);
  const blocks: ReadmeBlock[] = [];
  let fragments = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const open = fence.exec(lines[i] as string);
    if (!open) continue;
    const [, indent = '', lang, info = ''] = open;
    const end = lines.findIndex((text, j) => j > i && text.trim() === '```');
    if (end < 0) throw new Error(`${readme}:${i + 1}: unclosed code block`);
    const code = lines
      .slice(i + 1, end)
      .map((text) => text.slice(indent.length))
      .join('\n');
    if (info.split(/\s+/).includes('fragment')) fragments += 1;
    else {
      const named = fileComment.exec(code)?.[1];
      // A block that imports Vitest is a test file: named so that Vitest finds it.
      const kind = /from 'vitest'/.test(code) ? `test.${lang}` : lang;
      const file = posix.join('blocks', slug, named ?? `line-${i + 2}.${kind}`);
      blocks.push({ readme, line: i + 2, file, code: `${code}\n`, browser: true });
    }
    i = end;
  }
  return { blocks, fragments };
}

/** Marks the blocks that reach a server-only module (directly or through a relative import of another block). */
export function classify(blocks: ReadmeBlock[]): ReadmeBlock[] {
  const byFile = new Map(blocks.map((block) => [block.file.replace(/\.tsx?$/, ''), block]));
  const isServer = (block: ReadmeBlock, seen: Set<ReadmeBlock>): boolean => {
    if (seen.has(block)) return false;
    seen.add(block);
    if (/^\s*'use server'/m.test(block.code)) return true;
    return [...block.code.matchAll(importFrom)].some(([, specifier = '']) => {
      if (serverOnly.test(specifier)) return true;
      if (!specifier.startsWith('.')) return false;
      const target = byFile.get(posix.join(posix.dirname(block.file), specifier).replace(/\.(js|tsx?)$/, ''));
      return target ? isServer(target, seen) : false;
    });
  };
  return blocks.map((block) => ({ ...block, browser: !isServer(block, new Set()) }));
}

/** Writes each block into the app folder `dir`, at `placed(block.file)`. */
export function writeBlocks(dir: string, blocks: ReadmeBlock[], placed = (file: string) => file) {
  for (const block of blocks) {
    const file = join(dir, placed(block.file));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, block.code);
  }
}

/**
 * Reads tsc's `--pretty false` output and points each error at its README line, e.g.
 * `README.md:63: TS2304: Cannot find name 'fetchNewSessionToken'.`
 */
export function errorsAtReadmeLines(output: string, blocks: ReadmeBlock[]): string[] {
  const byFile = new Map(blocks.map((block) => [block.file, block]));
  return output
    .split('\n')
    .filter((line) => line.includes(': error TS'))
    .map((line) => {
      const match = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
      const block = match ? byFile.get(match[1] as string) : undefined;
      if (!match || !block) return line;
      return `${block.readme}:${block.line + Number(match[2]) - 1}: ${match[3]}: ${match[4]}`;
    });
}
