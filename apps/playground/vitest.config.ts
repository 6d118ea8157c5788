import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@integrations-kit/source'] },
  ssr: { resolve: { conditions: ['@integrations-kit/source'] } },
  test: {
    name: 'playground',
    environment: 'node',
    include: ['server/**/*.test.ts', 'src/**/*.test.{ts,tsx}'],
  },
});
