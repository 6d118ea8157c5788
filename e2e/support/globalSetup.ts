import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built playground is served, e.g. `http://127.0.0.1:41234`. */
    playgroundUrl: string;
  }
}

/** Serves the BUILT playground (`pnpm --filter @integrations-kit/playground build`) on 127.0.0.1. */
export default async function setup(project: TestProject) {
  const dist = join(import.meta.dirname, '../../apps/playground/dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('apps/playground/dist is missing: run `pnpm --filter @integrations-kit/playground build` first');
  }
  const server = await serveStatic(dist);
  project.provide('playgroundUrl', server.url);
  return () => server.close();
}
