import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { fixtureConnection, openPopupsInline, renderLive, storyRedirectUri } from '@integrations-kit/storybook-kit';
import type { VaultParameters } from '@integrations-kit/storybook-kit';
import { AuthorizeButton } from './AuthorizeButton.js';

/**
 * Connects an OAuth connection: a consent popup for `authorization_code`, a token request for
 * `client_credentials` and `password`. Each story renders the button for a live connection of the
 * story's mock, so it shows the result of its own flow.
 */
const meta = {
  title: 'OAuth/AuthorizeButton',
  component: AuthorizeButton,
  args: { connection: fixtureConnection('issue-tracking', 'linear'), redirectUri: '' },
  render: renderLive((args, live) => <AuthorizeButton {...args} connection={live} redirectUri={storyRedirectUri()} />),
} satisfies Meta<typeof AuthorizeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const on = (unifiedApi: string, serviceId: string): Story['args'] => ({
  connection: fixtureConnection(unifiedApi, serviceId),
});
const vault = (parameters: VaultParameters) => ({ vault: parameters });

/** An added OAuth connection that was never authorized (`state: added`). */
export const NotAuthorized: Story = {};

/** Connect, allow on the provider's consent page, and the connection becomes callable. */
export const Connect: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const popup = openPopupsInline();
    try {
      await userEvent.click(await canvas.findByRole('button', { name: 'Connect Linear' }));
      await canvas.findByRole('button', { name: 'Waiting for Linear…' });
      const consent = await popup.consentPage();
      await expect(consent.getByRole('heading', { name: 'Connect Linear' })).toBeVisible();
      await popup.choose('Allow');
      await popup.returnToOpener();
      await canvas.findByRole('button', { name: 'Re-authorize' }, { timeout: 5000 });
      const confirm = loaded.vault.mock.requests.find((request: { path: string }) => request.path.endsWith('/confirm'));
      await expect(confirm?.body).toEqual({ confirm_token: expect.any(String) });
    } finally {
      popup.restore();
    }
  },
};

/** Deny on the consent page: the button explains and offers to try again. */
export const ConsentDeclined: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const popup = openPopupsInline();
    try {
      await userEvent.click(await canvas.findByRole('button', { name: 'Connect Linear' }));
      await popup.choose('Deny');
      await popup.returnToOpener();
      await expect(await canvas.findByRole('alert')).toHaveTextContent('Access to Linear was declined');
    } finally {
      popup.restore();
    }
  },
};

/** While the consent page is open: "Waiting for …" with Cancel. */
export const WaitingForConsent: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const popup = openPopupsInline();
    await userEvent.click(await canvas.findByRole('button', { name: 'Connect Linear' }));
    await expect(await canvas.findByRole('button', { name: 'Waiting for Linear…' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    // Left open on purpose: the consent page waits below, as the popup would.
    await popup.consentPage();
  },
};

/** The browser blocked the popup: the consent can continue in this tab instead. */
export const PopupBlocked: Story = {
  tags: ['!autodocs'],
  parameters: vault({ popup: 'blocked' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Connect Linear' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your browser blocked the Linear sign-in window');
    await expect(canvas.getByRole('button', { name: 'Continue in this tab' })).toBeVisible();
  },
};

/** `integration_state: needs_configuration`: the application side is not set up; disabled with the reason. */
export const NeedsConfiguration: Story = {
  args: on('crm', 'zoho-crm'),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Connect Zoho CRM' })).toBeDisabled();
  },
};

/** `settings_required_for_authorization` still empty: disabled, naming the fields to fill in first. */
export const RequiredSettingsMissing: Story = {
  args: on('crm', 'microsoft-dynamics-crm'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Fill in Organization first.');
  },
};

/** A connected (`callable`) OAuth connection offers Re-authorize. */
export const Reauthorize: Story = { args: on('crm', 'salesforce') };

/** `client_credentials` grant: no popup; the token is fetched with the stored settings. */
export const ClientCredentialsGrant: Story = {
  args: on('hris', 'personio'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Connect Personio' }));
    await canvas.findByRole('button', { name: 'Re-authorize' }, { timeout: 5000 });
  },
};

/** `password` grant, already connected: Re-authorize requests a new token. */
export const PasswordGrant: Story = { args: on('hris', 'sap-successfactors') };

/** The token request fails: the message says what happened. */
export const TokenRequestFails: Story = {
  args: on('hris', 'personio'),
  parameters: vault({
    setup: (mock) => mock.fail({ method: 'POST', path: '/vault/connections/hris/personio/token', status: 500 }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Connect Personio' }));
    await canvas.findByRole('alert');
  },
};

/** The session expired before the click: the request is refused and the person is told to reload. */
export const SessionExpired: Story = {
  args: on('hris', 'personio'),
  parameters: vault({ session: 'expired' }),
  render: ({ connection, ...args }) => (
    <div className="ik-root">
      <AuthorizeButton {...args} connection={connection} redirectUri={storyRedirectUri()} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Connect Personio' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/session has expired/);
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };
export const RequiredSettingsMissingGerman: Story = {
  ...RequiredSettingsMissing,
  globals: { locale: 'de' },
  play: undefined,
};
