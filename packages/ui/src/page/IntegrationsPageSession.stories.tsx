import type { Meta, StoryObj } from '@storybook/react-vite';
import { mockSessions } from '@integrations-kit/mocks';
import { storyRedirectUri } from '@integrations-kit/storybook-kit';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { IntegrationsPage } from './IntegrationsPage.js';

/**
 * The page as the Vault session's settings shape it (the token's `settings`, `theme` and
 * `consumer_metadata`), and opened straight on one integration and view by a deep link.
 */
const meta = {
  title: 'IntegrationsPage/Session settings and deep links',
  component: IntegrationsPage,
  tags: ['screenshot'],
  args: { onEvent: fn(), onConnectionChange: fn(), onConnectionDelete: fn() },
  render: (args) => <IntegrationsPage {...args} redirectUri={storyRedirectUri()} />,
  parameters: { layout: 'padded', ownToaster: true, docs: { story: { inline: false, iframeHeight: 720 } } },
} satisfies Meta<typeof IntegrationsPage>;

export default meta;
type Story = StoryObj<typeof IntegrationsPage>;

const dialog = () => screen.findByRole('dialog', {}, { timeout: 5000 });

/** `sandbox_mode`: a banner says in words that this is a test environment. */
export const SandboxBanner: Story = {
  parameters: { vault: { claims: mockSessions.sandbox } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/This is a test environment/)).toBeVisible();
  },
};

/** `isolation_mode`: only the connections; no consumer card, footer links or links away from the page. */
export const IsolationMode: Story = {
  parameters: { vault: { claims: { ...mockSessions.isolation, ...mockSessions.consumer } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: /^Salesforce / }, { timeout: 5000 });
    await expect(canvas.queryByRole('navigation', { name: 'Legal' })).toBeNull();
    await expect(canvas.queryByRole('region', { name: 'Signed in as' })).toBeNull();
  },
};

/** `consumer_metadata`: who the page is for, with their avatar. */
export const ConsumerCard: Story = {
  parameters: { vault: { claims: mockSessions.consumer } },
  play: async ({ canvasElement }) => {
    const card = await within(canvasElement).findByRole('region', { name: 'Signed in as' });
    await expect(card).toHaveTextContent('Ada Lovelace');
  },
};

/** `theme`: the accent from `primary_color`, `vault_name` as the title, privacy and terms links. */
export const SessionTheme: Story = {
  parameters: { vault: { claims: { ...mockSessions.theme, ...mockSessions.consumer } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2, name: 'Acme Integrations' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: /Privacy policy/ })).toHaveAttribute(
      'href',
      'https://example.com/privacy',
    );
  },
};

/** `allow_actions: ['reauthorize', 'disable']`: the dialog's menu offers only those that apply. */
export const LimitedActions: Story = {
  args: { serviceId: 'salesforce', unifiedApi: 'crm' },
  parameters: { vault: { claims: mockSessions.limitedActions } },
  play: async () => {
    const opened = await dialog();
    await userEvent.click(
      await within(opened).findByRole('button', { name: 'Actions for Salesforce' }, { timeout: 5000 }),
    );
    const items = (await screen.findAllByRole('menuitem')).map((item) => item.textContent);
    await expect(items).not.toContain('Delete');
    await expect(items).not.toContain('Test connection');
  },
};

const deepLink = (
  view: 'settings' | 'resources' | 'consent' | 'health',
  unifiedApi: string,
  serviceId: string,
  heading: string,
): Story => ({
  args: { serviceId, unifiedApi, initialView: view },
  play: async () => {
    const opened = await dialog();
    const title = await within(opened).findByRole('heading', { name: heading }, { timeout: 5000 });
    await waitFor(() => expect(title).toHaveFocus());
  },
});

/** A deep link to Salesforce's settings. */
export const DeepLinkSettings = deepLink('settings', 'crm', 'salesforce', 'Settings');
/** A deep link to Salesforce's resources. */
export const DeepLinkResources = deepLink('resources', 'crm', 'salesforce', 'Resources');
/** A deep link to Zendesk's data access (it waits for consent). */
export const DeepLinkConsent = deepLink('consent', 'issue-tracking', 'zendesk', 'Data access');
/** A deep link to Salesforce's health. */
export const DeepLinkHealth = deepLink('health', 'crm', 'salesforce', 'Health');
