import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@integrations-kit/source'] },
  ssr: { resolve: { conditions: ['@integrations-kit/source'] } },
  test: {
    name: 'client',
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    // Type tests (`*.test-d.ts`) run through tsc and count as tests.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    setupFiles: ['./src/test/setup.ts'],
  },
});
