// Regenerates, from the vendored OpenAPI documents, the client's contract types and the mock's
// request contract.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REQUEST_CONTRACT_PATH, requestContractModule } from './lib/requestContract.mjs';

const rootUrl = new URL('..', import.meta.url);
const root = fileURLToPath(rootUrl);
for (const name of ['vault', 'connector']) {
  execFileSync(
    'pnpm',
    ['exec', 'openapi-typescript', `openapi/${name}.yml`, '-o', `packages/client/src/generated/${name}.ts`],
    { cwd: root, stdio: 'inherit' },
  );
}
writeFileSync(new URL(REQUEST_CONTRACT_PATH, rootUrl), requestContractModule(rootUrl));
