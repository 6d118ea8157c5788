import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@integrations-kit/source'] },
  ssr: { resolve: { conditions: ['@integrations-kit/source'] } },
  test: {
    name: 'client',
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
  },
});
