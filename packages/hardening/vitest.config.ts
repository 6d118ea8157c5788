import { defineProject } from 'vitest/config';
import { CATEGORIES } from './src/test/categories.js';

export default defineProject({
  resolve: { conditions: ['@integrations-kit/source'] },
  ssr: { resolve: { conditions: ['@integrations-kit/source'] } },
  test: {
    name: 'hardening',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // Per-project reporters are not supported (`reporters` is a root option), so the tally is a
    // setup-file hook per test file plus this global teardown that adds up and prints.
    globalSetup: ['./tally-reporter.ts'],
    // Unknown tags fail the run: a typo would otherwise drop a case from its category.
    tags: Object.entries(CATEGORIES).map(([name, description]) => ({ name, description })),
    strictTags: true,
    // Scale and fuzz cases render thousands of nodes in jsdom on a shared 2-core machine.
    testTimeout: 60_000,
  },
});
