import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { openPopupsInline, storyRedirectUri } from '@integrations-kit/storybook-kit';
import type { VaultParameters } from '@integrations-kit/storybook-kit';
import { ConnectionDialog } from './ConnectionDialog.js';

/**
 * The dialog's Health section and "Test connection", on connections of the mock whose health the
 * story names: a check that passes or fails, credentials about to be deleted or already gone
 * (Reconnect in place), and access revoked at the provider.
 */
const meta = {
  title: 'Blocks/ConnectionDialog/Health',
  component: ConnectionDialog,
  args: { connection: { unifiedApi: 'crm', serviceId: 'salesforce' }, defaultOpen: true, redirectUri: '' },
  render: (args) => <ConnectionDialog {...args} redirectUri={storyRedirectUri()} />,
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
} satisfies Meta<typeof ConnectionDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const DAY = 24 * 60 * 60 * 1000;
const on = (unifiedApi: string, serviceId: string): Story['args'] => ({ connection: { unifiedApi, serviceId } });
const vault = (parameters: VaultParameters) => ({ vault: parameters });
const health = async () => within(await screen.findByRole('region', { name: 'Health' }, { timeout: 5000 }));
const testFromMenu = async (name: string) => {
  await userEvent.click(await screen.findByRole('button', { name: `Actions for ${name}` }, { timeout: 5000 }));
  await userEvent.click(await screen.findByRole('menuitem', { name: 'Test connection' }));
};

/** Actions menu → Test connection: the check passes, said inline and as a toast. */
export const TestConnectionPassed: Story = {
  play: async () => {
    await testFromMenu('Salesforce');
    await expect(await (await health()).findByText('Salesforce passed the test.')).toBeVisible();
  },
};

/** The token refresh keeps failing: the check fails and says why. */
export const TestConnectionFailed: Story = {
  args: on('crm', 'teamleader'),
  play: async () => {
    await testFromMenu('Teamleader');
    const alert = await within(await screen.findByRole('dialog')).findByRole('alert');
    await expect(alert).toHaveTextContent('Teamleader failed the test');
    await expect(alert).toHaveTextContent('The token refresh failed (invalid_grant)');
  },
};

/** The provider refuses refreshes since now; Vault deletes the credentials in 5 days unless Reconnect. */
export const ExpiringCredentials: Story = {
  parameters: vault({ setup: (mock) => mock.failTokenRefresh('crm', 'salesforce', 5 * DAY) }),
  play: async () => {
    const section = await health();
    await expect(await section.findByText('Credentials will be deleted in 5 days')).toBeVisible();
    await expect(section.getByRole('button', { name: 'Reconnect' })).toBeEnabled();
  },
};

/** The credentials were deleted after failed refreshes: Reconnect signs in again, the settings stay. */
export const ExpiredReconnectInPlace: Story = {
  args: on('accounting', 'quickbooks'),
  play: async () => {
    const section = await health();
    await expect(await section.findByText(/^Credentials were deleted/)).toBeVisible();
    const popup = openPopupsInline();
    try {
      await userEvent.click(section.getByRole('button', { name: 'Reconnect' }));
      await popup.choose('Allow');
      await popup.returnToOpener();
      await waitFor(() => expect(section.getByText('QuickBooks is working normally.')).toBeVisible(), {
        timeout: 5000,
      });
    } finally {
      popup.restore();
    }
  },
};

/** The consumer disconnected the app at the provider: the badge and the timeline say revoked. */
export const RevokedAtProvider: Story = {
  args: on('file-storage', 'dropbox'),
  play: async () => {
    await expect(await (await health()).findByText(/^Access was revoked in Dropbox/)).toBeVisible();
    await expect(within(await screen.findByRole('dialog')).getAllByText('Access revoked')[0]).toBeVisible();
  },
};

/** A `health` value the contract does not list reads as unknown, for this connection only. */
export const UnknownHealth: Story = {
  parameters: vault({
    setup: (mock) => {
      const salesforce = mock.getConnection('crm', 'salesforce');
      if (salesforce) mock.setConnection({ ...salesforce, health: 'sparkly' as never });
    },
  }),
  play: async () => {
    await expect(await (await health()).findByText('The health of Salesforce could not be determined.')).toBeVisible();
  },
};
