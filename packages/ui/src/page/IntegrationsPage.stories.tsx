import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { expectFocusOn, neverAnswer, openPopupsInline, storyRedirectUri } from '@integrations-kit/storybook-kit';
import type { VaultParameters } from '@integrations-kit/storybook-kit';
import { IntegrationsPage } from './IntegrationsPage.js';

/**
 * The whole page in one component: grid, connection dialog, confirmations and toasts, on the mock
 * Vault. The plays walk the main flows: find, connect, configure, disconnect.
 */
const meta = {
  title: 'IntegrationsPage',
  component: IntegrationsPage,
  args: { onConnectionChange: fn(), onConnectionDelete: fn() },
  render: (args) => <IntegrationsPage {...args} redirectUri={storyRedirectUri()} />,
  // The page mounts its own Toaster; the Storybook decorator leaves its one out.
  parameters: { layout: 'fullscreen', ownToaster: true, docs: { story: { inline: false, iframeHeight: 720 } } },
  decorators: [
    (Story) => (
      <div style={{ padding: 24 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof IntegrationsPage>;

export default meta;
type Story = StoryObj<typeof IntegrationsPage>;

const vault = (parameters: VaultParameters) => ({ vault: parameters });
// A card's name is its visible text: "{name} {unified API} {tag line} {status}".
const card = (label: string) =>
  screen.findByRole('button', { name: (name) => name.startsWith(`${label} `) }, { timeout: 5000 });
const dialog = () => screen.findByRole('dialog', {}, { timeout: 5000 });

export const Default: Story = {};

export const Loading: Story = { parameters: vault({ handlers: neverAnswer('/vault/connections', 'get') }) };

export const Empty: Story = {
  parameters: vault({ mock: { connections: [] } }),
  play: async () => {
    await screen.findByText('No integrations available');
  },
};

export const ServerError: Story = {
  parameters: vault({
    setup: (mock) => mock.fail({ method: 'GET', path: '/vault/connections', status: 503, times: 5 }),
  }),
  play: async () => {
    await screen.findByText("Couldn't load integrations");
  },
};

export const SessionExpired: Story = {
  parameters: vault({ session: 'expired' }),
  play: async () => {
    await screen.findByText(/session has expired/);
  },
};

/** Slow network (every answer takes 1.5 s): skeletons, then progress on each action. */
export const SlowNetwork: Story = { parameters: vault({ mock: { latency: 1500 } }) };

/** Search, then narrow by category and status. */
export const SearchAndFilter: Story = {
  play: async ({ step }) => {
    const search = await screen.findByRole('searchbox', { name: 'Search integrations' }, { timeout: 5000 });
    await step('search', async () => {
      await userEvent.type(search, 'drive');
      await expect(await card('Google Drive File storage')).toBeVisible();
      await expect(screen.queryByRole('button', { name: /^Salesforce CRM / })).toBeNull();
      await userEvent.clear(search);
    });
    await step('category', async () => {
      await userEvent.click(
        within(screen.getByRole('group', { name: 'Category' })).getByRole('button', { name: /Accounting/ }),
      );
      await expect(await card('Xero Accounting')).toBeVisible();
      await expect(screen.queryByRole('button', { name: /^Salesforce CRM / })).toBeNull();
    });
    await step('status', async () => {
      await userEvent.click(
        within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: /Needs attention/ }),
      );
      await expect(await card('QuickBooks Accounting')).toBeVisible();
      await expect(screen.queryByRole('button', { name: /^Xero Accounting / })).toBeNull();
    });
  },
};

/** Open an available integration (it is enabled on open), connect through the consent popup, done. */
export const Connect: Story = {
  play: async ({ args }) => {
    const popup = openPopupsInline();
    try {
      await userEvent.click(await card('Salesforce Leads'));
      const body = within(await dialog());
      await userEvent.click(await body.findByRole('button', { name: 'Connect Salesforce' }, { timeout: 5000 }));
      await popup.choose('Allow');
      await popup.returnToOpener();
      await waitFor(() => expect(body.getAllByText('Connected', { exact: true })[0]).toBeVisible(), { timeout: 5000 });
      await waitFor(() =>
        expect(args.onConnectionChange).toHaveBeenCalledWith(expect.objectContaining({ state: 'callable' })),
      );
    } finally {
      popup.restore();
    }
  },
};

/** Open a connection, change a setting, save: only the change is sent; closing returns focus to the card. */
export const SaveSettings: Story = {
  play: async ({ loaded }) => {
    const opener = await card('HubSpot CRM');
    await userEvent.click(opener);
    const body = within(await dialog());
    await userEvent.selectOptions(await body.findByRole('combobox', { name: /Default owner/ }), 'Priya Natarajan');
    await userEvent.click(body.getByRole('button', { name: 'Save' }));
    await body.findByText('Settings saved');
    const patch = (loaded.vault.mock.requests as Array<{ method: string; body: unknown }>)
      .filter((r) => r.method === 'PATCH')
      .at(-1);
    await expect(patch?.body).toEqual({ settings: { default_owner: '1003' } });
    await userEvent.keyboard('{Escape}');
    await expectFocusOn(opener);
  },
};

/** Disconnect from the actions menu: confirm, the provider's page, and the card shows Not authorized. */
export const Disconnect: Story = {
  play: async () => {
    const popup = openPopupsInline();
    try {
      await userEvent.click(await card('Salesforce CRM'));
      const body = within(await dialog());
      await userEvent.click(await body.findByRole('button', { name: 'Actions for Salesforce' }, { timeout: 5000 }));
      await userEvent.click(await screen.findByRole('menuitem', { name: 'Disconnect' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Disconnect Salesforce' }));
      await popup.choose('Disconnect');
      await popup.returnToOpener();
      await screen.findAllByText('Salesforce disconnected', {}, { timeout: 5000 });
      await userEvent.keyboard('{Escape}');
      await waitFor(async () => expect(within(await card('Salesforce CRM')).getByText('Not authorized')).toBeVisible());
    } finally {
      popup.restore();
    }
  },
};

/** `allowActions={false}`: the dialog offers no actions menu. */
export const WithoutActions: Story = { args: { allowActions: false } };

/** `unifiedApis={['crm', 'accounting']}`. */
export const OnlyCrmAndAccounting: Story = { args: { unifiedApis: ['crm', 'accounting'] } };

/** `serviceId="salesforce"`: one integration across its unified APIs. */
export const OneService: Story = { args: { serviceId: 'salesforce' } };

/** `hideResourceSettings`. */
export const WithoutResourceSettings: Story = { args: { hideResourceSettings: true } };

/** `messages` overrides any string. */
export const CustomMessages: Story = {
  args: { messages: { grid: { searchPlaceholder: 'Find an app to connect…', emptyTitle: 'Nothing to connect yet' } } },
};

/** `theme="dark"` regardless of the host. */
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };
export const DarkGerman: Story = { globals: { theme: 'dark', locale: 'de' } };

/** The page in `locale`: its play finds the translated search box and the result count in the language's plural. */
const inLocale = (locale: string, search: string, count: RegExp): Story => ({
  globals: { locale },
  play: async () => {
    await expect(await screen.findByRole('searchbox', { name: search }, { timeout: 5000 })).toBeVisible();
    await expect(await screen.findByText(count)).toBeVisible();
  },
});
export const French = inLocale('fr', 'Rechercher des intégrations', /^\d+ intégrations$/);
export const Spanish = inLocale('es', 'Buscar integraciones', /^\d+ integraciones$/);
export const Dutch = inLocale('nl', 'Integraties zoeken', /^\d+ integraties$/);
export const Portuguese = inLocale('pt', 'Pesquisar integrações', /^\d+ integrações$/);
export const Italian = inLocale('it', 'Cerca integrazioni', /^\d+ integrazioni$/);
export const Japanese = inLocale('ja', '連携を検索', /^\d+件の連携$/);

// A teal brand in both schemes; each accent comes with a foreground that reads on it at 4.5:1 or more.
const hostTheme = `
  .ik-root { --ik-accent: #0f766e; --ik-accent-foreground: #ffffff; --ik-focus-ring: #0f766e; --ik-radius: 1rem; --ik-font: Georgia, serif; }
  .dark .ik-root, .ik-root.dark { --ik-accent: #2dd4bf; --ik-accent-foreground: #042f2e; --ik-focus-ring: #5eead4; }
`;

/** Host theming through CSS variables on `.ik-root`: an accent and its foreground per colour scheme. */
export const ThemedByHost: Story = {
  decorators: [
    (Story) => (
      <div style={{ fontFamily: 'Georgia, serif' }}>
        <style>{hostTheme}</style>
        <Story />
      </div>
    ),
  ],
};

/** In a phone-width settings panel. */
export const PhoneWidth: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 375 }}>
        <Story />
      </div>
    ),
  ],
};
