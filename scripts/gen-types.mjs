// Regenerates, from the vendored OpenAPI documents, the client's contract types and the mock's
// request contract. With `--check` it writes nothing and fails when a committed file differs from
// what the documents generate (CI runs it, so the generated files cannot go stale).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REQUEST_CONTRACT_PATH, requestContractModule } from './lib/requestContract.mjs';

const rootUrl = new URL('..', import.meta.url);
const root = fileURLToPath(rootUrl);
const check = process.argv.includes('--check');
const scratch = check ? mkdtempSync(join(tmpdir(), 'ik-gen-types-')) : undefined;

/** Each generated file: where it is committed, and its text as the documents generate it now. */
const generated = [];
for (const name of ['vault', 'connector']) {
  const committed = `packages/client/src/generated/${name}.ts`;
  const out = scratch ? join(scratch, `${name}.ts`) : committed;
  execFileSync('pnpm', ['exec', 'openapi-typescript', `openapi/${name}.yml`, '-o', out], {
    cwd: root,
    stdio: check ? 'pipe' : 'inherit',
  });
  generated.push({ committed, text: readFileSync(scratch ? out : join(root, out), 'utf8') });
}
const requestContract = requestContractModule(rootUrl);
if (!check) writeFileSync(new URL(REQUEST_CONTRACT_PATH, rootUrl), requestContract);
generated.push({
  committed: fileURLToPath(new URL(REQUEST_CONTRACT_PATH, rootUrl)).slice(root.length),
  text: requestContract,
});

if (scratch) {
  rmSync(scratch, { recursive: true, force: true });
  const stale = generated.filter(({ committed, text }) => readFileSync(join(root, committed), 'utf8') !== text);
  for (const { committed } of stale) console.error(`stale: ${committed} (run pnpm gen:types and commit it)`);
  if (stale.length) process.exit(1);
  console.log(`generated files current: ${generated.map(({ committed }) => committed).join(', ')}`);
}
