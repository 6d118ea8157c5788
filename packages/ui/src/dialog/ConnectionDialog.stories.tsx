import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { fixtureConnection, neverAnswer, openPopupsInline, storyRedirectUri } from '@integrations-kit/storybook-kit';
import type { VaultParameters } from '@integrations-kit/storybook-kit';
import { ConnectionDialog } from './ConnectionDialog.js';

/**
 * One connection in a modal: status and actions menu, sign-in, Settings, Resources and About. Every
 * story opens the dialog on a connection of the mock (by `{ unifiedApi, serviceId }`, so it loads
 * the way it does in an app); the story names say which state the connection is in.
 */
const meta = {
  title: 'Blocks/ConnectionDialog',
  component: ConnectionDialog,
  args: {
    connection: { unifiedApi: 'crm', serviceId: 'salesforce' },
    defaultOpen: true,
    redirectUri: '',
    onConnectionChange: fn(),
    onConnectionDelete: fn(),
  },
  render: (args) => <ConnectionDialog {...args} redirectUri={storyRedirectUri()} />,
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
} satisfies Meta<typeof ConnectionDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const on = (unifiedApi: string, serviceId: string): Story['args'] => ({ connection: { unifiedApi, serviceId } });
const vault = (parameters: VaultParameters) => ({ vault: parameters });
const dialog = () => screen.findByRole('dialog', {}, { timeout: 5000 });
const expectStatus = async (label: string) => {
  await waitFor(async () => expect(within(await dialog()).getAllByText(label, { exact: true })[0]).toBeVisible(), {
    timeout: 5000,
  });
};

// --- connection `state` ---

/** `state: callable`: connected; Re-authorize, settings, resources (leads, opportunities). */
export const Connected: Story = { play: () => expectStatus('Connected') };

/** `state: available`: opening it enables it first (`PATCH { enabled: true }`), as people expect. */
export const AvailableEnablesOnOpen: Story = {
  args: on('accounting', 'freshbooks'),
  play: async ({ loaded }) => {
    await expectStatus('Not authorized');
    const patch = loaded.vault.mock.requests.find((request: { method: string }) => request.method === 'PATCH');
    await expect(patch?.body).toEqual({ enabled: true });
  },
};

/** `state: added` (OAuth): added but never authorized; Connect is the next step. */
export const AddedNotAuthorized: Story = { args: on('issue-tracking', 'linear') };

/** `state: added` (API key): the settings hold the credentials; Input required until they are filled in. */
export const AddedInputRequired: Story = { args: on('crm', 'close'), play: () => expectStatus('Input required') };

/** `state: authorized`: signed in, but required settings are empty. */
export const AuthorizedInputRequired: Story = {
  args: on('crm', 'hubspot'),
  play: () => expectStatus('Input required'),
};

/** `state: invalid`: the credentials stopped working. */
export const Invalid: Story = { args: on('accounting', 'quickbooks'), play: () => expectStatus('Invalid') };

// --- `integration_state` ---

/** `integration_state: needs_configuration`: the application side is not set up; Connect is disabled with the reason. */
export const NeedsConfiguration: Story = {
  args: on('crm', 'zoho-crm'),
  play: () => expectStatus('Needs configuration'),
};

/** `integration_state: disabled`: turned off by the application's admin. */
export const IntegrationDisabled: Story = { args: on('crm', 'copper') };

/** `enabled: false` on an added connection: disabled by the consumer, with an Enable button. */
export const DisabledByUser: Story = {
  parameters: vault({
    setup: (mock) => mock.setConnection({ ...fixtureConnection('crm', 'salesforce'), enabled: false }),
  }),
  play: () => expectStatus('Disabled'),
};

// --- health and consent ---

export const PendingConfirmation: Story = {
  args: on('accounting', 'zoho-books'),
  play: () => expectStatus('Pending confirmation'),
};
export const ConsentRequired: Story = { args: on('accounting', 'myob'), play: () => expectStatus('Consent required') };
export const Degraded: Story = { args: on('issue-tracking', 'github'), play: () => expectStatus('Degraded') };
export const TokenRefreshPending: Story = { args: on('crm', 'teamleader') };
export const TokenRevokedAtProvider: Story = { args: on('file-storage', 'dropbox') };

// --- auth types and grants ---

export const AuthApiKey: Story = { args: on('hris', 'bamboohr') };
export const AuthBasic: Story = { args: on('hris', 'hibob') };
export const AuthCustom: Story = { args: on('accounting', 'netsuite') };
export const AuthNone: Story = { args: on('crm', 'apideck-mock') };
/** `oauth_grant_type: client_credentials`: connects with a token request, no popup. */
export const GrantClientCredentials: Story = { args: on('hris', 'personio') };
/** `oauth_grant_type: password`. */
export const GrantPassword: Story = { args: on('hris', 'sap-successfactors') };
/** `settings_required_for_authorization`: Connect waits for Organization; saving it enables Connect. */
export const RequiredBeforeAuthorization: Story = {
  args: on('crm', 'microsoft-dynamics-crm'),
  play: async () => {
    const body = within(await dialog());
    await expect(await body.findByRole('button', { name: /^Connect/ })).toBeDisabled();
    await userEvent.type(body.getByRole('textbox', { name: /Organization/ }), 'acme');
    await userEvent.click(body.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(body.getByRole('button', { name: /^Connect/ })).toBeEnabled(), { timeout: 5000 });
  },
};

// --- loading and errors ---

export const Loading: Story = {
  parameters: vault({ handlers: neverAnswer('/vault/connections/crm/salesforce', 'get') }),
};

export const LoadFailed: Story = {
  parameters: vault({
    setup: (mock) => mock.fail({ method: 'GET', path: '/vault/connections/crm/salesforce', status: 500 }),
  }),
  play: async () => {
    await within(await dialog()).findByText("Couldn't load this connection.");
  },
};

/**
 * A connection with no form fields of its own whose connector the Connector API does not know (404):
 * Settings has nothing to set. "No longer exists" is kept for a connection that is itself gone.
 */
export const ConnectorUnknown: Story = {
  parameters: vault({
    setup: (mock) => {
      mock.setConnection({ ...fixtureConnection('crm', 'salesforce'), form_fields: [] });
      mock.fail({ method: 'GET', path: '/connector/connectors/salesforce', status: 404 });
    },
  }),
  play: async () => {
    await within(await dialog()).findByText('This integration has no settings to configure.', {}, { timeout: 5000 });
  },
};

export const SessionExpired: Story = {
  parameters: vault({ session: 'expired' }),
  play: async () => {
    await within(await dialog()).findByText(/session has expired/);
  },
};

// --- actions ---

/** Actions menu → Disable: the status flips at once and the server's answer settles it. */
export const DisableAndEnable: Story = {
  play: async ({ args }) => {
    const body = within(await dialog());
    await userEvent.click(await body.findByRole('button', { name: 'Actions for Salesforce' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Disable' }));
    await expectStatus('Disabled');
    await waitFor(() =>
      expect(args.onConnectionChange).toHaveBeenCalledWith(expect.objectContaining({ enabled: false })),
    );
  },
};

/** The server refuses the toggle: the status rolls back and a toast says so. */
export const DisableFails: Story = {
  parameters: vault({
    setup: (mock) => mock.fail({ method: 'PATCH', path: '/vault/connections/crm/salesforce', status: 500 }),
  }),
  play: async () => {
    const body = within(await dialog());
    await userEvent.click(await body.findByRole('button', { name: 'Actions for Salesforce' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Disable' }));
    await screen.findAllByText("Couldn't disable Salesforce");
    await expectStatus('Connected');
  },
};

/** Actions menu → Disconnect → confirm → the provider's revoke page: back to Not authorized, settings kept. */
export const Disconnect: Story = {
  play: async () => {
    const popup = openPopupsInline();
    try {
      const body = within(await dialog());
      await userEvent.click(await body.findByRole('button', { name: 'Actions for Salesforce' }));
      await userEvent.click(await screen.findByRole('menuitem', { name: 'Disconnect' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Disconnect Salesforce' }));
      await popup.choose('Disconnect');
      await popup.returnToOpener();
      await expectStatus('Not authorized');
    } finally {
      popup.restore();
    }
  },
};

/** Actions menu → Delete asks first, naming the integration; then the dialog closes. */
export const Delete: Story = {
  play: async ({ args }) => {
    const body = within(await dialog());
    await userEvent.click(await body.findByRole('button', { name: 'Actions for Salesforce' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Salesforce?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete Salesforce' }));
    await waitFor(() => expect(args.onConnectionDelete).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  },
};

/** `allowActions={false}`: no actions menu. */
export const WithoutActions: Story = { args: { allowActions: false } };

/** `hideResourceSettings`: no Resources section. */
export const WithoutResourceSettings: Story = { args: { hideResourceSettings: true } };

export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };
