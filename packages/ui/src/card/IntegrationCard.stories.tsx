import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { fixtureConnection, inKitRoot } from '@integrations-kit/storybook-kit';
import { IntegrationCard } from './IntegrationCard.js';

/** A connection as a card: icon, name, unified API, tag line and status. Presentational: data comes in as props. */
const meta = {
  title: 'Parts/IntegrationCard',
  component: IntegrationCard,
  decorators: [
    inKitRoot,
    (Story) => (
      <div style={{ maxWidth: 320 }}>
        <Story />
      </div>
    ),
  ],
  args: { connection: fixtureConnection('crm', 'salesforce'), onSelect: fn() },
} satisfies Meta<typeof IntegrationCard>;

export default meta;
type Story = StoryObj<typeof meta>;

const of = (unifiedApi: string, serviceId: string): Story => ({
  args: { connection: fixtureConnection(unifiedApi, serviceId) },
});

export const Connected = of('crm', 'salesforce');
export const NotConnected = of('accounting', 'freshbooks');
export const NotAuthorized = of('issue-tracking', 'linear');
export const InputRequired = of('crm', 'close');
export const Invalid = of('accounting', 'quickbooks');
export const NeedsConfiguration = of('crm', 'zoho-crm');
export const DisabledByAdmin = of('crm', 'copper');
export const PendingConfirmation = of('accounting', 'zoho-books');
export const ConsentRequired = of('accounting', 'myob');
export const Degraded = of('issue-tracking', 'github');

/** A very long name and tag line are clamped. */
export const LongNameAndTagLine = of('crm', 'microsoft-dynamics-crm');

/** No icon, or one that fails to load: initials instead. */
export const MissingIcon: Story = { args: { connection: { ...fixtureConnection('crm', 'hubspot'), icon: undefined } } };

/** A real button: Enter selects it, like a click. */
export const KeyboardSelect: Story = {
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: /^Salesforce CRM / });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(args.connection);
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { ...of('crm', 'close'), globals: { locale: 'de' } };
