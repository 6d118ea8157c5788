import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { StorybookConfig } from '@storybook/react-vite';
import tailwindcss from '@tailwindcss/vite';
import { defaultClientConditions, mergeConfig } from 'vite';

// Stories import the workspace packages by name; this condition points them at their TypeScript
// sources (as in the tests and the playground), so Storybook needs no package build.
const SOURCE_CONDITION = '@integrations-kit/source';
// The ui package exports its stylesheet from `dist` only; Storybook compiles the source instead.
const uiStylesSource = join(
  dirname(createRequire(import.meta.url).resolve('@integrations-kit/ui/package.json')),
  'src/styles.css',
);

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: { strictMode: true } },
  stories: ['../packages/ui/src/**/*.mdx', '../packages/ui/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs'],
  // The MSW service worker the playground already serves; one committed copy for both.
  staticDirs: ['../apps/playground/public'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      plugins: [tailwindcss()],
      resolve: {
        conditions: [SOURCE_CONDITION, ...defaultClientConditions],
        alias: { '@integrations-kit/ui/styles.css': uiStylesSource },
      },
      build: {
        // Storybook's manager and preview bundles are large by nature; they are never shipped to users.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          // Radix marks its modules "use client"; meaningless in a client-only bundle.
          onwarn(warning: { code?: string }, warn: (warning: { code?: string }) => void) {
            if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
          },
        },
      },
    });
  },
};

export default config;
