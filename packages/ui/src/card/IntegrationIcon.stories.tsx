import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { inKitRoot } from '@integrations-kit/storybook-kit';
import { IntegrationIcon } from './IntegrationIcon.js';

// Inline logos keep Storybook offline.
const LOGO =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="8" fill="#00a1e0"/><circle cx="20" cy="20" r="9" fill="#fff"/></svg>',
  );

const meta = {
  title: 'Parts/IntegrationIcon',
  component: IntegrationIcon,
  decorators: [inKitRoot],
  args: { name: 'Salesforce' },
} satisfies Meta<typeof IntegrationIcon>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithLogo: Story = { args: { src: LOGO } };

/** No `icon` on the connection: the initials show. */
export const MissingIcon: Story = { args: { src: null, name: 'Microsoft Dynamics' } };

/** A plain-http or `javascript:` URL is never loaded. */
export const UnsafeIconUrl: Story = {
  args: { src: 'http://tracker.example.com/logo.png' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(within(canvasElement).getByText('S')).toBeInTheDocument();
  },
};

/** The image fails to load (here a broken inline image): it falls back to the initials. */
export const BrokenImage: Story = {
  args: { src: 'data:image/png;base64,broken', name: 'Pipedrive' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('P');
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div className="ik:flex ik:items-end ik:gap-3">
      <IntegrationIcon {...args} size="sm" />
      <IntegrationIcon {...args} size="md" />
      <IntegrationIcon {...args} size="lg" />
    </div>
  ),
  args: { src: LOGO },
};

/** With `label`, the icon is an image named after the integration (when no name is shown beside it). */
export const Labelled: Story = {
  args: { src: LOGO, label: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: 'Salesforce' })).toBeInTheDocument();
  },
};
