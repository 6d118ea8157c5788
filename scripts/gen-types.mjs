// Regenerates the client's contract types from the vendored OpenAPI documents.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const name of ['vault', 'connector']) {
  execFileSync(
    'pnpm',
    ['exec', 'openapi-typescript', `openapi/${name}.yml`, '-o', `packages/client/src/generated/${name}.ts`],
    { cwd: root, stdio: 'inherit' },
  );
}
