import { defineConfig } from 'vitest/config';

// axe-core in Chromium on every story of the static Storybook build, light and dark
// (`pnpm build-storybook` first). One browser page for all stories: two cores.
const ci = Boolean(process.env.CI);

export default defineConfig({
  test: {
    name: 'a11y',
    environment: 'node',
    include: ['e2e/a11y/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ci ? ['default', 'json'] : ['default'],
    outputFile: ci ? { json: '.ci/artifacts/vitest-a11y.json' } : undefined,
  },
});
