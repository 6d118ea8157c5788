import { manyConnections } from '@integrations-kit/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { expectFocusOn, neverAnswer } from '@integrations-kit/storybook-kit';
import type { VaultParameters } from '@integrations-kit/storybook-kit';
import { IntegrationsGrid } from './IntegrationsGrid.js';

/** The consumer's connections as cards with search, category and status filters, on the mock Vault. */
const meta = {
  title: 'Blocks/IntegrationsGrid',
  component: IntegrationsGrid,
  args: { onSelect: fn() },
} satisfies Meta<typeof IntegrationsGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

const vault = (parameters: VaultParameters) => ({ vault: parameters });

export const WithConnections: Story = {};

/** Skeleton cards while the connections load (here they never arrive). */
export const Loading: Story = {
  parameters: vault({ handlers: neverAnswer('/vault/connections') }),
};

/** No integration is enabled for this application. */
export const Empty: Story = {
  parameters: vault({ mock: { connections: [] } }),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No integrations available');
  },
};

/** Vault answers 500 once; "Try again" loads the connections. */
export const ServerError: Story = {
  parameters: vault({ setup: (mock) => mock.fail({ method: 'GET', path: '/vault/connections', status: 500 }) }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText("Couldn't load integrations");
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await canvas.findByRole('button', { name: /^Salesforce CRM / });
  },
};

/** The request never reached Vault (offline, DNS, CORS). */
export const NetworkError: Story = {
  parameters: vault({
    setup: (mock) => mock.fail({ method: 'GET', path: '/vault/connections', network: true, times: 10 }),
  }),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText("Couldn't load integrations");
  },
};

/** The session token has expired and the host offers no `getToken` to refresh it. */
export const SessionExpired: Story = {
  parameters: vault({ session: 'expired' }),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText(/session has expired/);
  },
};

/** Search narrows by name and tag line as you type; the filters narrow further; counts follow. */
export const SearchAndFilter: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const search = await canvas.findByRole('searchbox', { name: 'Search integrations' });

    await step('search by name', async () => {
      await userEvent.type(search, 'salesforce');
      await expect(await canvas.findByRole('button', { name: /^Salesforce CRM / })).toBeVisible();
      await expect(canvas.queryByRole('button', { name: /^HubSpot CRM / })).toBeNull();
    });

    await step('search by tag line', async () => {
      await userEvent.clear(search);
      await userEvent.type(search, 'google workspace');
      await expect(await canvas.findByRole('button', { name: /^Copper CRM / })).toBeVisible();
      await userEvent.clear(search);
    });

    await step('filter by status', async () => {
      const status = canvas.getByRole('group', { name: 'Status' });
      await userEvent.click(within(status).getByRole('button', { name: /Connected/ }));
      await expect(await canvas.findByRole('button', { name: /^Salesforce CRM / })).toBeVisible();
      await expect(canvas.queryByRole('button', { name: /^Close CRM / })).toBeNull();
    });

    await step('nothing matches, then clear filters', async () => {
      await userEvent.type(search, 'no such integration');
      await canvas.findByText('No integrations match');
      await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
      await expect(search).toHaveValue('');
      await expectFocusOn(search);
      await expect(await canvas.findByRole('button', { name: /^Close CRM / })).toBeVisible();
    });
  },
};

/** Nothing matches the search: the grid offers to clear the filters. */
export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('searchbox'), 'zzz');
    await canvas.findByText('No integrations match');
  },
};

/** `unifiedApis={['lead']}`: only the lead connections, from the same single request. */
export const LimitedToUnifiedApis: Story = { args: { unifiedApis: ['lead'] } };

/** `serviceId="salesforce"`: one integration, without toolbar. */
export const SingleService: Story = { args: { serviceId: 'salesforce' } };

/** Clicking a card calls `onSelect` with its connection (`IntegrationsPage` opens the dialog). */
export const SelectACard: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: /^HubSpot CRM / }));
    await expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ service_id: 'hubspot' }));
  },
};

/** A phone-width settings panel: one column, wrapping filters. */
export const NarrowPanel: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 360 }}>
        <Story />
      </div>
    ),
  ],
};

/**
 * 10,000 connections: only the rows on screen render (scroll, or move with the arrow keys), each
 * card says its position in the whole list, and the search field finds any of them.
 */
export const LongList: Story = {
  parameters: vault({ mock: { connections: manyConnections(10_000) } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The mock builds and answers 10,000 connections first: give it longer than a findBy's second.
    await canvas.findByText('10,000 integrations', undefined, { timeout: 30_000 });
    await expect(canvas.getAllByRole('listitem').length).toBeLessThan(200);
    await expect(canvas.getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '10000');
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search integrations' }), 'salesforce');
    await expect(await canvas.findByRole('button', { name: /^Salesforce CRM / })).toBeVisible();
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };
