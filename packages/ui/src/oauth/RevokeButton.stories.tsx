import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, within } from 'storybook/test';
import { fixtureConnection, openPopupsInline, renderLive, storyRedirectUri } from '@integrations-kit/storybook-kit';
import type { VaultParameters } from '@integrations-kit/storybook-kit';
import { RevokeButton } from './RevokeButton.js';

/** Disconnects an OAuth connection after a confirmation, through the provider's revoke page. */
const meta = {
  title: 'OAuth/RevokeButton',
  component: RevokeButton,
  args: { connection: fixtureConnection('crm', 'salesforce'), redirectUri: '' },
  render: renderLive((args, live) => (
    <>
      <p>State: {live.state}</p>
      <RevokeButton {...args} connection={live} redirectUri={storyRedirectUri()} />
    </>
  )),
} satisfies Meta<typeof RevokeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const vault = (parameters: VaultParameters) => ({ vault: parameters });

export const Connected: Story = {};

/** The confirmation names the integration and says the settings are kept. */
export const Confirmation: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Disconnect' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Disconnect Salesforce?' });
    await expect(dialog).toHaveTextContent('Your settings are kept');
  },
};

/** Disconnect, confirm on the provider's page, and the connection goes back to `added`. */
export const Disconnect: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const popup = openPopupsInline();
    try {
      await userEvent.click(await canvas.findByRole('button', { name: 'Disconnect' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Disconnect Salesforce' }));
      await popup.choose('Disconnect');
      await popup.returnToOpener();
      await canvas.findByText('State: added', {}, { timeout: 5000 });
    } finally {
      popup.restore();
    }
  },
};

/** The browser blocked the revoke window. */
export const PopupBlocked: Story = {
  tags: ['!autodocs'],
  parameters: vault({ popup: 'blocked' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Disconnect' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Disconnect Salesforce' }));
    await canvas.findByText(/blocked the window to disconnect Salesforce/);
  },
};

export const German: Story = { globals: { locale: 'de' } };
