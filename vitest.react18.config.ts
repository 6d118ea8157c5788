import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Runs the hooks and ui test suites on React 18.3 (installed as `react-18` / `react-dom-18`),
// so the kit's `react: ^18.2.0 || ^19.0.0` peer range is tested, not assumed.
const ci = Boolean(process.env.CI);
const register = fileURLToPath(new URL('./tests/react18/register.mjs', import.meta.url));

// Code Vite transforms (our sources): alias the bare specifiers before Vite resolves them.
const alias = [
  { find: /^react-dom(\/.*)?$/, replacement: 'react-dom-18$1' },
  { find: /^react(\/.*)?$/, replacement: 'react-18$1' },
];

const onReact18 = (pkg: 'hooks' | 'ui') => ({
  extends: `./packages/${pkg}/vitest.config.ts`,
  root: `./packages/${pkg}`,
  resolve: { alias },
  // Code Node loads itself (externalised dependencies): a resolve hook preloaded in each worker.
  test: { name: `${pkg}@react18`, execArgv: ['--import', register] },
});

export default defineConfig({
  test: {
    projects: [
      onReact18('hooks'),
      onReact18('ui'),
      {
        resolve: { alias },
        test: {
          name: 'react18',
          environment: 'jsdom',
          include: ['tests/react18/**/*.test.tsx'],
          execArgv: ['--import', register],
        },
      },
    ],
    reporters: ci ? ['default', 'json'] : ['default'],
    outputFile: ci ? { json: '.ci/artifacts/vitest-react18.json' } : undefined,
  },
});
