import { defineConfig } from 'vitest/config';

// End-to-end journeys in Chromium against the BUILT playground (`pnpm --filter
// @integrations-kit/playground build` first), served on 127.0.0.1. One browser per file and one
// file at a time: two cores.
const ci = Boolean(process.env.CI);

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/journeys/**/*.test.ts'],
    globalSetup: ['e2e/support/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ci ? ['default', 'json'] : ['default'],
    outputFile: ci ? { json: '.ci/artifacts/vitest-e2e.json' } : undefined,
  },
});
