import { defineConfig } from 'vitest/config';

// Packaging gate (run after `pnpm build`): packs every package, lints the tarballs (publint,
// attw) and installs them into scratch apps outside the workspace, built with Vite and opened in
// Chromium. npm installs from the registry, so the timeouts are generous.
const ci = Boolean(process.env.CI);

export default defineConfig({
  test: {
    name: 'packaging',
    environment: 'node',
    include: ['tests/packaging/**/*.test.ts'],
    globalSetup: ['tests/packaging/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // One scratch app at a time: two cores, and npm installs are heavy.
    fileParallelism: false,
    reporters: ci ? ['default', 'json'] : ['default'],
    outputFile: ci ? { json: '.ci/artifacts/vitest-packaging.json' } : undefined,
  },
});
