import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fixtureConnection, renderLive } from '@integrations-kit/storybook-kit';
import type { VaultParameters } from '@integrations-kit/storybook-kit';
import { ConsentView } from './ConsentView.js';

/**
 * A connection's data-scope consent on the story's mock: what the app asks to read and write, the
 * decision to make, and the history. Each story is one `consent_state` (or the app's Data Scopes
 * off, or a failing save); Grant, Deny and Revoke act on the mock, so the view shows their result.
 */
const meta = {
  title: 'Parts/ConsentView',
  component: ConsentView,
  args: { connection: fixtureConnection('issue-tracking', 'zendesk'), now: Date.UTC(2026, 0, 1) },
  render: renderLive((args, live) => <ConsentView {...args} connection={live} />),
} satisfies Meta<typeof ConsentView>;

export default meta;
type Story = StoryObj<typeof meta>;

const on = (unifiedApi: string, serviceId: string): Story['args'] => ({
  connection: fixtureConnection(unifiedApi, serviceId),
});
const vault = (parameters: VaultParameters) => ({ vault: parameters });
const says =
  (text: RegExp | string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(await within(canvasElement).findByText(text, {}, { timeout: 5000 })).toBeVisible();
  };

/** `health: needs_consent`: Vault flagged the connection; Grant or Deny. */
export const NeedsConsent: Story = {
  args: on('file-storage', 'google-drive'),
  parameters: vault({
    setup: (mock) =>
      mock.setConnection({
        ...fixtureConnection('file-storage', 'google-drive'),
        consent_state: 'implicit',
        health: 'needs_consent',
      }),
  }),
  play: says(/asks for access to the data below in Google Drive/),
};

/** `consent_state: pending`: no decision yet; Grant then Revoke, and the history grows. */
export const Pending: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Grant access' }, { timeout: 5000 }));
    await canvas.findByRole('button', { name: 'Revoke access' }, { timeout: 5000 });
    await waitFor(() => expect(canvas.getByText('acme-user-1 granted access')).toBeVisible(), { timeout: 5000 });
  },
};

/** `consent_state: granted`: Revoke is offered. */
export const Granted: Story = { args: on('file-storage', 'google-drive'), play: says(/You granted access/) };

/** `consent_state: denied`: Grant is offered again. */
export const Denied: Story = { args: on('ats', 'lever'), play: says(/You denied access/) };

/** `consent_state: revoked`: granted once, then revoked; the history shows both. */
export const Revoked: Story = { args: on('file-storage', 'sharepoint'), play: says(/You revoked access/) };

/** `consent_state: requires_reconsent`: the app's Data Scopes changed since the grant. */
export const RequiresReconsent: Story = {
  args: on('accounting', 'myob'),
  play: says(/now asks for different data/),
};

/** The app has Data Scopes off (`'*'`): it asks for all data. */
export const AllData: Story = {
  parameters: vault({ mock: { dataScopes: { enabled: false, resources: '*' } } }),
  play: says('All data'),
};

/** The save fails: the choice stays on screen with the reason and Try again. */
export const SaveFailed: Story = {
  parameters: vault({ setup: (mock) => mock.fail({ method: 'PATCH', path: /consent$/, status: 503 }) }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Grant access' }, { timeout: 5000 }));
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      /Your choice "Grant access" was not saved/,
    );
  },
};

/** Pending, in the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Granted, in German. */
export const German: Story = { ...Granted, play: undefined, globals: { locale: 'de' } };
