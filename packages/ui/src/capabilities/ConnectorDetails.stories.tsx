import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { fixtureConnection, inKitRoot, neverAnswer } from '@integrations-kit/storybook-kit';
import type { VaultParameters } from '@integrations-kit/storybook-kit';
import { ConnectorDetails } from './ConnectorDetails.js';

/**
 * A connection's connector capabilities and consumer guide, read from the story's mock Connector
 * API: one story per badge a person can meet, and the guide loaded, loading, failed (the doc's link
 * instead), hostile (its HTML stays text), hidden by `hide_guides`, and refused by the API.
 */
const meta = {
  title: 'Parts/ConnectorDetails',
  component: ConnectorDetails,
  decorators: [inKitRoot],
  args: { connection: fixtureConnection('hris', 'bamboohr') },
} satisfies Meta<typeof ConnectorDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

const vault = (parameters: VaultParameters) => ({ vault: parameters });
const DOC = /\/connector\/connectors\/[^/]+\/docs\//;
const shows =
  (text: RegExp | string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(await within(canvasElement).findByText(text, {}, { timeout: 5000 })).toBeVisible();
  };
const on = (unifiedApi: string, serviceId: string, text: RegExp | string): Story => ({
  args: { connection: fixtureConnection(unifiedApi, serviceId) },
  play: shows(text),
});

/** `status: beta`: callable, still settling. */
export const Beta = on('hris', 'deel', 'Beta');

/** `status: early-access`. */
export const EarlyAccess = on('ats', 'ashby', 'Early access');

/** Native webhooks: the events they deliver open from the count. */
export const WebhooksNative: Story = {
  args: { connection: fixtureConnection('crm', 'salesforce') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Real-time webhooks', {}, { timeout: 5000 })).toBeVisible();
    await userEvent.click(canvas.getByText(/ events$/));
    await expect(canvas.getByText('crm.company.created')).toBeVisible();
  },
};

/** Virtual webhooks: Apideck polls the connector. */
export const WebhooksVirtual = on('hris', 'bamboohr', 'Webhooks (polled)');

/** `free_trial_available` with its signup link. */
export const FreeTrial = on('ecommerce', 'shopify', /^Start a free Shopify trial/);

/** `has_sandbox_credentials`. */
export const Sandbox = on('crm', 'salesforce', 'Sandbox credentials');

/** The consumer guide read and shown inline. */
export const GuideLoaded = on('hris', 'bamboohr', /You need an/);

/** The guide's request has not answered yet. */
export const GuideLoading: Story = {
  parameters: vault({ handlers: neverAnswer(DOC) }),
  play: shows('Loading the guide…'),
};

/** The guide could not be read: the doc's own link instead. */
export const GuideFailed: Story = {
  parameters: vault({ setup: (mock) => mock.fail({ path: DOC, status: 500, times: 10 }) }),
  play: shows(/^Read how to connect BambooHR/),
};

/** A guide with raw HTML, a script and javascript:/http links: all plain text but its https link. */
export const GuideHostile: Story = {
  args: { connection: fixtureConnection('hris', 'workday') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('<script>alert("guide")</script>', {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      'https://community.workday.com/',
    ]);
  },
};

/** The session's `hide_guides` (or the page's `hideGuides`): badges only. */
export const HiddenByHideGuides: Story = {
  args: { hideGuide: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Webhooks (polled)', {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.queryByRole('group', { name: 'Connection guide' })).toBeNull();
  },
};

/** The Connector API refuses the session token: nothing here, the Vault data stands alone. */
export const ConnectorRefused: Story = {
  parameters: vault({ mock: { connectorSessionToken: 'refuse' } }),
};

export const Dark: Story = { globals: { theme: 'dark' }, play: shows(/You need an/) };
export const German: Story = { globals: { locale: 'de' }, play: shows('Webhooks (abgefragt)') };
