import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'packages/client/src/generated/**',
      'packages/mocks/src/contract/requestContract.generated.ts',
      'apps/playground/public/mockServiceWorker.js',
      '.ci/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The layering rule of the house style: each package imports only the packages below it.
    files: ['packages/client/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@integrations-kit/hooks', '@integrations-kit/ui', 'react', 'react-dom', '@tanstack/*'] }],
    },
  },
  {
    files: ['packages/hooks/src/**'],
    ignores: ['packages/hooks/src/**/*.test.{ts,tsx}', 'packages/hooks/src/test/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@integrations-kit/ui', '@integrations-kit/mocks'] }] },
  },
  {
    files: ['packages/ui/src/**'],
    ignores: ['packages/ui/src/**/*.test.{ts,tsx}', 'packages/ui/src/**/*.stories.tsx', 'packages/ui/src/test/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@integrations-kit/mocks', 'openapi-fetch'] }] },
  },
  {
    files: ['packages/mocks/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@integrations-kit/hooks', '@integrations-kit/ui', 'react'] }] },
  },
);
