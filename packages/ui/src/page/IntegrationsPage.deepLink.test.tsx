import type { Connection } from '@integrations-kit/client';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { IntegrationsPage, type IntegrationsPageProps } from './IntegrationsPage.js';
import { preloadConnectionDialog } from './LazyConnectionDialog.js';
import { useIntegrationsUrlState } from './useIntegrationsUrlState.js';

const pipedrive: Connection = {
  ...testConnection('crm', 'pipedrive', 'Pipedrive'),
  form_fields: [{ id: 'company_domain', label: 'Company domain', type: 'text', allow_custom_values: false }],
  settings: { company_domain: 'acme' },
  configurable_resources: ['leads'],
  consent_state: 'granted',
};
const close = testConnection('crm', 'close', 'Close', { state: 'available', enabled: false });
const mock = setupVaultServer({
  connections: [pipedrive, testConnection('accounting', 'quickbooks', 'QuickBooks'), close],
});
const patches = (path: string) =>
  mock.requests.filter((request) => request.method === 'PATCH' && request.path === path).map(({ body }) => body);
const redirectUri = 'https://host.example/oauth/callback';
const target = { unifiedApi: 'crm', serviceId: 'pipedrive' };

function renderPage(props: Partial<IntegrationsPageProps> = {}) {
  const onEvent = vi.fn();
  const result = renderWithKit(<IntegrationsPage redirectUri={redirectUri} onEvent={onEvent} {...props} />, { mock });
  return { ...result, onEvent, types: () => onEvent.mock.calls.map(([event]) => (event as { type: string }).type) };
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('IntegrationsPage deep links and events', { timeout: 20_000 }, () => {
  beforeAll(() => preloadConnectionDialog(), 20_000);

  const headings = { settings: 'Settings', resources: 'Resources', consent: 'Data access', health: 'Health' } as const;

  it.each(['settings', 'resources', 'consent', 'health'] as const)(
    'opens serviceId + unifiedApi on the %s view without a click, and reports open then close',
    async (view) => {
      const { user, onEvent, types } = renderPage({ ...target, initialView: view });
      const dialog = await screen.findByRole('dialog');
      const heading = await within(dialog).findByRole('heading', { name: headings[view] });
      await waitFor(() => expect(heading).toHaveFocus());
      expect(onEvent).toHaveBeenCalledWith({ type: 'open', ...target });

      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(types()).toEqual(['open', 'close']);
      // The deep link opens one integration; the grid behind it still lists them all.
      expect(screen.getByRole('button', { name: /^QuickBooks / })).toBeInTheDocument();
    },
  );

  it('a deep link that changes to another integration while open reports close for the first, then open', async () => {
    const { rerender, onEvent } = renderPage({ ...target });
    await screen.findByRole('dialog', { name: /Pipedrive/ });
    await waitFor(() => expect(onEvent).toHaveBeenCalledWith({ type: 'open', ...target }));
    const other = { unifiedApi: 'accounting', serviceId: 'quickbooks' };
    rerender(<IntegrationsPage redirectUri={redirectUri} onEvent={onEvent} {...other} />);
    await screen.findByRole('dialog', { name: /QuickBooks/ });
    await waitFor(() => expect(onEvent).toHaveBeenCalledWith({ type: 'open', ...other }));
    const opens = onEvent.mock.calls
      .map(([event]) => event as { type: string })
      .filter((event) => event.type === 'open' || event.type === 'close');
    expect(opens).toEqual([
      { type: 'open', ...target },
      { type: 'close', ...target },
      { type: 'open', ...other },
    ]);
  });

  it('in controlled mode asks the host to open, with the integration a card chose', async () => {
    const onOpenChange = vi.fn();
    const { user } = renderPage({ open: false, onOpenChange });
    await user.click(await screen.findByRole('button', { name: /^Pipedrive / }));
    expect(onOpenChange).toHaveBeenCalledWith(true, target);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('reports settings_saved with the saved connection', async () => {
    const { user, onEvent } = renderPage({ ...target, initialView: 'settings' });
    const dialog = await screen.findByRole('dialog');
    // Typed once the dialog has read its connection (its menu is enabled), and read back before saving.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Actions for Pipedrive' })).toBeEnabled());
    const domain = await within(dialog).findByLabelText(/Company domain/, { selector: 'input' });
    await user.clear(domain);
    await user.type(domain, 'globex');
    expect(within(dialog).getByLabelText(/Company domain/, { selector: 'input' })).toHaveValue('globex');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          type: 'settings_saved',
          ...target,
          connection: expect.objectContaining({ settings: expect.objectContaining({ company_domain: 'globex' }) }),
        }),
      ),
    );
  });

  it('reports deleted, then close', async () => {
    const { user, onEvent, types } = renderPage({ ...target });
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Actions for Pipedrive' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Delete Pipedrive' }));
    await waitFor(() => expect(types()).toEqual(['open', 'deleted', 'close']));
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'deleted', ...target }));
  });
});

describe('IntegrationsPage deep links only navigate', { timeout: 20_000 }, () => {
  beforeAll(() => preloadConnectionDialog(), 20_000);

  it('a deep link to an available integration writes nothing and offers Enable, which adds it', async () => {
    const { user } = renderPage({ unifiedApi: 'crm', serviceId: 'close' });
    const dialog = await screen.findByRole('dialog');
    // Shown once the connection loaded, i.e. after the enable-on-open effect would have run.
    const enable = await within(dialog).findByRole('button', { name: 'Enable' });
    expect(patches('/vault/connections/crm/close')).toEqual([]);

    await user.click(enable);
    expect(await within(dialog).findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(patches('/vault/connections/crm/close')).toEqual([{ enabled: true }]);
  });

  it('a card click on an available integration still enables it', async () => {
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: /^Close / }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(patches('/vault/connections/crm/close')).toEqual([{ enabled: true }]);
  });

  it("opens no dialog for a deep link outside the session's unified_apis", async () => {
    renderWithKit(<IntegrationsPage redirectUri={redirectUri} unifiedApi="accounting" serviceId="quickbooks" />, {
      mock,
      session: { settings: { unified_apis: ['crm'] } },
    });
    expect(await screen.findByRole('button', { name: /^Pipedrive / })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^QuickBooks / })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    // The dialog reads its connection as soon as it opens; nothing asked for QuickBooks.
    expect(mock.requests.filter(({ path }) => path.includes('quickbooks'))).toEqual([]);
  });
});

function UrlPage({ history }: { history?: 'push' | 'replace' }) {
  const urlState = useIntegrationsUrlState({ history });
  return <IntegrationsPage redirectUri={redirectUri} {...urlState} />;
}

describe('useIntegrationsUrlState', { timeout: 20_000 }, () => {
  beforeAll(() => preloadConnectionDialog(), 20_000);

  it('opens the integration and view in the URL, and closing removes them but keeps other parameters', async () => {
    window.history.replaceState(null, '', '/settings?tab=apps&api=crm&service=pipedrive&view=resources#top');
    const { user } = renderWithKit(<UrlPage />, { mock });
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('heading', { name: 'Resources' })).toHaveFocus());

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/settings?tab=apps#top',
    );
  });

  it('writes a card the user opens into the URL, and Back (popstate) to a URL without it closes the dialog', async () => {
    window.history.replaceState(null, '', '/apps');
    const { user } = renderWithKit(<UrlPage />, { mock });
    await user.click(await screen.findByRole('button', { name: /^Pipedrive / }));
    await screen.findByRole('dialog');
    await waitFor(() => expect(window.location.search).toBe('?api=crm&service=pipedrive'));

    window.history.replaceState(null, '', '/apps');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('push: Back closes the dialog, and closing it steps back over its entry', async () => {
    window.history.replaceState(null, '', '/apps');
    const { user } = renderWithKit(<UrlPage history="push" />, { mock });
    const start = window.history.length;
    await user.click(await screen.findByRole('button', { name: /^Pipedrive / }));
    await screen.findByRole('dialog');
    await waitFor(() => expect(window.location.search).toBe('?api=crm&service=pipedrive'));
    expect(window.history.length).toBe(start + 1);

    window.history.back();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.location.search).toBe('');

    window.history.forward();
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The page's own entry again, with the dialog's entry ahead of it (Forward reopens it) rather
    // than a second entry of the same URL: Back from here leaves the page.
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(window.history.length).toBe(start + 1);
    window.history.forward();
    await screen.findByRole('dialog');
    expect(window.location.search).toBe('?api=crm&service=pipedrive');
  });
});
