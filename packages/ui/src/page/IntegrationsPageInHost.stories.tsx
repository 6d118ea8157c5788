import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { storyRedirectUri } from '@integrations-kit/storybook-kit';
import type { DeepPartial } from '../i18n/mergeMessages.js';
import { mergeMessages } from '../i18n/mergeMessages.js';
import { enMessages, type Messages } from '../i18n/messages.js';
import { IntegrationsPage } from './IntegrationsPage.js';

/**
 * The page as a host embeds it: themed from a wrapping element, right to left, under a forced
 * palette or reduced motion. The a11y run emulates the media of the stories tagged
 * `forced-colors` and `reduced-motion`, and keeps a screenshot of every story here.
 */
const meta = {
  title: 'IntegrationsPage/In a host page',
  component: IntegrationsPage,
  tags: ['screenshot'],
  args: { onConnectionChange: fn(), onConnectionDelete: fn() },
  render: (args) => <IntegrationsPage {...args} redirectUri={storyRedirectUri()} />,
  parameters: { layout: 'fullscreen', ownToaster: true, docs: { story: { inline: false, iframeHeight: 720 } } },
  decorators: [
    (Story) => (
      <div style={{ padding: 24 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof IntegrationsPage>;

export default meta;
type Story = StoryObj<typeof IntegrationsPage>;

const card = (label: string) =>
  screen.findByRole('button', { name: (name) => name.startsWith(`${label} `) }, { timeout: 5000 });
const dialog = () => screen.findByRole('dialog', {}, { timeout: 5000 });

// A teal brand per scheme, each accent with a foreground that reads on it at 4.5:1 or more.
const brand = {
  light: { accent: '#0f766e', rgb: 'rgb(15, 118, 110)', foreground: '#ffffff' },
  dark: { accent: '#2dd4bf', rgb: 'rgb(45, 212, 191)', foreground: '#042f2e' },
};
const brandCss = `
  .host-brand { --ik-accent: ${brand.light.accent}; --ik-accent-foreground: ${brand.light.foreground};
    --ik-focus-ring: ${brand.light.accent}; --ik-radius: 16px; }
  .dark .host-brand { --ik-accent: ${brand.dark.accent}; --ik-accent-foreground: ${brand.dark.foreground};
    --ik-focus-ring: ${brand.dark.accent}; }`;

/**
 * `--ik-*` on a wrapping element (no `.ik-root` rule): the page and the connection dialog, which
 * is portaled to `<body>` outside the wrapper, both wear the host's accent and radius.
 */
export const ThemedOnAnAncestorWithOpenDialog: Story = {
  decorators: [
    (Story) => (
      <div className="host-brand">
        <style>{brandCss}</style>
        <Story />
      </div>
    ),
  ],
  play: async () => {
    await userEvent.click(await card('Salesforce CRM'));
    const open = await dialog();
    await expect(open.closest('.host-brand')).toBeNull();
    const { rgb } = document.documentElement.classList.contains('dark') ? brand.dark : brand.light;
    await waitFor(() =>
      expect(
        within(open)
          .getAllByRole('button')
          .map((button) => getComputedStyle(button).backgroundColor),
      ).toContain(rgb),
    );
    await expect(getComputedStyle(open).borderTopLeftRadius).toBe('16px');
  },
};

// Host-supplied strings: the kit ships no Arabic; a host merges its own over English.
const arabicOverrides: DeepPartial<Messages> = {
  status: {
    connected: 'متصل',
    needsConfiguration: 'يحتاج إلى إعداد',
    inputRequired: 'مطلوب إدخال',
    notAuthorized: 'غير مخول',
    invalid: 'غير صالح',
    disabled: 'معطل',
    notConnected: 'غير متصل',
  },
  grid: {
    searchLabel: 'البحث في التكاملات',
    searchPlaceholder: 'ابحث بالاسم أو الوصف',
    categoryLabel: 'الفئة',
    statusLabel: 'الحالة',
    all: 'الكل',
    statusFilters: { connected: 'متصل', attention: 'يحتاج إلى انتباه', available: 'متاح', disabled: 'معطل' },
    loading: 'جارٍ تحميل التكاملات…',
    clearFilters: 'مسح عوامل التصفية',
    retry: 'حاول مرة أخرى',
  },
};
const arabic = mergeMessages(enMessages, arabicOverrides);

/**
 * `dir="rtl"` and `lang="ar"` on a wrapper, Arabic strings from the host through `mergeMessages`:
 * the grid and the dialog under `<body>` lay out right to left.
 */
export const RightToLeftArabic: Story = {
  args: { messages: arabic },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  play: async () => {
    const search = await screen.findByRole('searchbox', { name: 'البحث في التكاملات' }, { timeout: 5000 });
    await expect(getComputedStyle(search).direction).toBe('rtl');
    await userEvent.click(await card('Salesforce CRM'));
    const open = await dialog();
    await expect(open.getAttribute('dir')).toBe('rtl');
  },
};

/** Windows High Contrast and other forced palettes (the a11y run emulates `forced-colors: active`). */
export const ForcedColors: Story = {
  tags: ['forced-colors'],
  play: async () => {
    await userEvent.click(await card('Salesforce CRM'));
    await dialog();
  },
};

/**
 * `prefers-reduced-motion: reduce` (emulated in the a11y run): no kit element animates or
 * transitions, the dialog's spinners and the cards' hover colours included.
 */
export const ReducedMotion: Story = {
  tags: ['reduced-motion'],
  play: async () => {
    await userEvent.click(await card('Salesforce CRM'));
    await dialog();
  },
};
