import { defineConfig } from 'vitest/config';

// Server-side rendering check against the BUILT packages (run `pnpm build` first): no custom
// source condition, so `@integrations-kit/*` resolve through their published `exports` to `dist`,
// as in a Next.js or Remix server. Node environment: no DOM anywhere.
const ci = Boolean(process.env.CI);

export default defineConfig({
  test: {
    name: 'ssr',
    environment: 'node',
    include: ['tests/ssr/**/*.test.{ts,tsx}'],
    reporters: ci ? ['default', 'json'] : ['default'],
    outputFile: ci ? { json: '.ci/artifacts/vitest-ssr.json' } : undefined,
  },
});
