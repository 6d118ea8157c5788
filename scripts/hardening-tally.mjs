#!/usr/bin/env node
// Prints the hardening suite's tally (cases tried per category, failures) from
// .ci/artifacts/hardening-tally.json, which the `hardening` Vitest project writes after each run.
// Exits 1 when a category tried no case, a case failed, or a case carries no category.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../.ci/artifacts/hardening-tally.json', import.meta.url));
if (!existsSync(file)) {
  console.error(`No tally at ${file}: run \`pnpm exec vitest run --project hardening\` first.`);
  process.exit(1);
}
const tally = JSON.parse(readFileSync(file, 'utf8'));
const rows = Object.entries(tally.categories);
const width = Math.max(...rows.map(([name]) => name.length), 'category'.length);
const line = (a, b, c) => `${a.padEnd(width)}  ${String(b).padStart(5)}  ${String(c).padStart(8)}`;

console.log('\nHardening tally');
console.log(line('category', 'tried', 'failures'));
let ok = true;
let tried = 0;
let failed = 0;
for (const [name, { tried: count, failed: failures }] of rows) {
  console.log(line(name, count, failures) + (count === 0 ? '  <- no case tried' : ''));
  tried += count;
  failed += failures;
  if (count === 0 || failures > 0) ok = false;
}
console.log(line('total', tried, failed));
for (const [name, { failures }] of rows) for (const failure of failures) console.log(`  FAILED [${name}] ${failure}`);
for (const item of tally.untagged) console.log(`  UNTAGGED ${item}`);
if (tally.untagged.length > 0) ok = false;
process.exit(ok ? 0 : 1);
