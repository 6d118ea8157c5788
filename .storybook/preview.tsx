import '@integrations-kit/ui/styles.css';
import type { Preview } from '@storybook/react-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import { withKit } from './KitDecorator.js';
import {
  blockPopups,
  createStoryVault,
  installStoryVault,
  restoreInlinePopups,
  storyVaultRouter,
  type VaultParameters,
} from '@integrations-kit/storybook-kit';

initialize(
  {
    serviceWorker: { url: './mockServiceWorker.js' },
    // Anything that reaches this point would go to the network; Storybook runs offline, so say so.
    onUnhandledRequest: ({ url }, print) => {
      if (/^https?:\/\/(?!localhost|127\.0\.0\.1)/.test(url) && !url.startsWith(window.location.origin)) print.error();
    },
  },
  [storyVaultRouter],
);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the host page',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the kit',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'nl', title: 'Nederlands' },
          { value: 'pt', title: 'Português' },
          { value: 'it', title: 'Italiano' },
          { value: 'ja', title: '日本語' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  loaders: [
    mswLoader,
    // A fresh mock and cache per story render, so no story sees another's changes.
    (context) => ({ vault: createStoryVault(context.parameters.vault as VaultParameters | undefined) }),
  ],
  beforeEach: (context) => {
    const parameters = context.parameters.vault as VaultParameters | undefined;
    const cleanups = [installStoryVault(context.loaded.vault, parameters)];
    if (parameters?.popup === 'blocked') cleanups.push(blockPopups());
    cleanups.push(restoreInlinePopups);
    return () => cleanups.forEach((cleanup) => cleanup());
  },
  decorators: [withKit],
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i } },
    options: { storySort: { order: ['Introduction', 'IntegrationsPage', '*'] } },
  },
};

export default preview;
