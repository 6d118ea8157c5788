import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

/**
 * The floors of packages/ui/src, lowest first: each folder and the folders it may import. Ground
 * floor `lib/` and the catalogs (`i18n/`), then what every feature shares (`primitives/`,
 * `connection/`, `errors/`), then the features (each only the features listed), then `page/`.
 */
const uiFloors = [
  ['lib', []],
  ['i18n', ['lib']],
  ['locales', ['lib', 'i18n']],
  ['primitives', ['lib', 'i18n']],
  ['connection', ['lib', 'i18n']],
  ['events', ['lib']],
  ['errors', ['lib', 'i18n']],
  ['toast', ['lib', 'i18n', 'primitives']],
  ['card', ['lib', 'i18n', 'primitives', 'connection']],
  ['fields', ['lib', 'i18n', 'primitives', 'connection', 'errors']],
  ['settings-form', ['lib', 'i18n', 'primitives', 'connection', 'errors', 'fields']],
  ['resource-settings', ['lib', 'i18n', 'primitives', 'connection', 'errors', 'fields', 'settings-form']],
  ['oauth', ['lib', 'i18n', 'primitives', 'connection', 'errors', 'toast']],
  ['grid', ['lib', 'i18n', 'primitives', 'connection', 'errors', 'card']],
  ['health', ['lib', 'i18n', 'primitives', 'connection']],
  ['consent', ['lib', 'i18n', 'primitives', 'connection', 'errors']],
  ['logs', ['lib', 'i18n', 'primitives', 'errors']],
  ['mapping', ['lib', 'i18n', 'primitives', 'errors']],
  ['session', ['lib', 'i18n', 'primitives', 'connection']],
  ['capabilities', ['lib', 'i18n', 'primitives', 'connection', 'fields', 'session']],
  [
    'dialog',
    [
      'lib',
      'i18n',
      'primitives',
      'connection',
      'errors',
      'toast',
      'card',
      'fields',
      'settings-form',
      'resource-settings',
      'oauth',
      'health',
      'consent',
      'logs',
      'mapping',
      'events',
      'session',
      'capabilities',
    ],
  ],
  [
    'page',
    ['lib', 'i18n', 'primitives', 'connection', 'errors', 'toast', 'card', 'grid', 'dialog', 'events', 'session'],
  ],
];
const uiFolders = uiFloors.map(([folder]) => folder);
/** The ui folders `folder` may not import. */
const above = (folder, below) => uiFolders.filter((other) => other !== folder && !below.includes(other));

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
      'no-restricted-imports': [
        'error',
        { patterns: ['@integrations-kit/hooks', '@integrations-kit/ui', 'react', 'react-dom', '@tanstack/*'] },
      ],
    },
  },
  {
    files: ['packages/hooks/src/**'],
    ignores: ['packages/hooks/src/**/*.test.{ts,tsx}', 'packages/hooks/src/test/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@integrations-kit/ui', '@integrations-kit/mocks'] }] },
  },
  // Floors inside ui: a folder imports only the folders below it (see uiFloors), so a back-up import
  // fails lint. ui reaches data through hooks only, never TanStack Query's cache by key.
  ...uiFloors.map(([folder, below]) => ({
    files: [`packages/ui/src/${folder}/**`],
    ignores: ['packages/ui/src/**/*.test.{ts,tsx}', 'packages/ui/src/**/*.stories.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@integrations-kit/mocks', '@tanstack/react-query'],
              message: 'ui reaches data through @integrations-kit/hooks.',
            },
            ...(above(folder, below).length
              ? [
                  {
                    regex: `^(\\.\\./)+(${above(folder, below).join('|')})/`,
                    message: `${folder}/ may import only ${below.join(', ') || 'nothing else in ui'}.`,
                  },
                ]
              : []),
          ],
        },
      ],
    },
  })),
  {
    files: ['packages/mocks/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@integrations-kit/hooks', '@integrations-kit/ui', 'react'] }],
    },
  },
);
