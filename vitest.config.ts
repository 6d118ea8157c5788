import { defineConfig } from 'vitest/config';

// CI reads the totals from the JSON report; locally the default reporter is enough.
const ci = Boolean(process.env.CI);

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
    reporters: ci ? ['default', 'json'] : ['default'],
    outputFile: ci ? { json: '.ci/artifacts/vitest.json' } : undefined,
  },
});
