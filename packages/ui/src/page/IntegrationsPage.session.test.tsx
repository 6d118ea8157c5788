import type { Connection } from '@integrations-kit/client';
import { mockSessions } from '@integrations-kit/mocks';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { IntegrationsPage } from './IntegrationsPage.js';
import { preloadConnectionDialog } from './LazyConnectionDialog.js';

const salesforce: Connection = {
  ...testConnection('crm', 'salesforce', 'Salesforce'),
  website: 'https://www.salesforce.com',
  has_guide: true,
  configurable_resources: ['leads'],
};
const connections: Connection[] = [
  salesforce,
  testConnection('accounting', 'quickbooks', 'QuickBooks'),
  testConnection('hris', 'personio', 'Personio'),
];

const mock = setupVaultServer({ connections });
const redirectUri = 'https://host.example/oauth/callback';
const page = (props: Partial<Parameters<typeof IntegrationsPage>[0]> = {}) => (
  <IntegrationsPage redirectUri={redirectUri} {...props} />
);

async function openSalesforce(user: ReturnType<typeof renderWithKit>['user']) {
  await user.click(await screen.findByRole('button', { name: /^Salesforce CRM / }));
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByRole('region', { name: 'Settings' });
  return dialog;
}

describe('IntegrationsPage with session settings', { timeout: 20_000 }, () => {
  // The dialog's chunk compiles once here, not inside the first test's wait for the dialog.
  beforeAll(() => preloadConnectionDialog(), 20_000);

  it("shows only the session's unified_apis; the unifiedApis prop wins", async () => {
    const { unmount } = renderWithKit(page(), { mock, session: mockSessions.limitedApis });
    await screen.findByRole('button', { name: /^Salesforce CRM / });
    expect(screen.getByRole('button', { name: /^QuickBooks / })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Personio / })).not.toBeInTheDocument();
    unmount();

    renderWithKit(page({ unifiedApis: ['hris'] }), { mock, session: mockSessions.limitedApis });
    await screen.findByRole('button', { name: /^Personio / });
    expect(screen.queryByRole('button', { name: /^Salesforce CRM / })).not.toBeInTheDocument();
  });

  it('hides the Resources section with hide_resource_settings', async () => {
    const { user } = renderWithKit(page(), { mock, session: mockSessions.noResourceSettings });
    const dialog = await openSalesforce(user);
    expect(within(dialog).queryByRole('region', { name: 'Resources' })).not.toBeInTheDocument();
  });

  it('shows Resources when hideResourceSettings={false} overrides the session', async () => {
    const { user } = renderWithKit(page({ hideResourceSettings: false }), {
      mock,
      session: mockSessions.noResourceSettings,
    });
    expect(await within(await openSalesforce(user)).findByRole('region', { name: 'Resources' })).toBeVisible();
  });

  it.each([
    // Re-authorize is allowed but does not apply to this connection (not OAuth); Test and Delete are not allowed.
    ['the session', undefined, ['Disable']],
    ['the allowActions prop over the session', ['delete'] as const, ['Delete']],
  ])("limits the dialog's actions menu to %s", async (_, allowActions, expected) => {
    const { user } = renderWithKit(page({ allowActions }), { mock, session: mockSessions.limitedActions });
    const dialog = await openSalesforce(user);
    await user.click(within(dialog).getByRole('button', { name: 'Actions for Salesforce' }));
    expect((await screen.findAllByRole('menuitem')).map((item) => item.textContent)).toEqual(expected);
  });

  it('shows the sandbox banner in sandbox_mode, and not with sandboxMode={false}', async () => {
    const { unmount } = renderWithKit(page(), { mock, session: mockSessions.sandbox });
    expect(await screen.findByText(/This is a test environment/)).toBeVisible();
    unmount();
    renderWithKit(page({ sandboxMode: false }), { mock, session: mockSessions.sandbox });
    await screen.findByRole('button', { name: /^Salesforce CRM / });
    expect(screen.queryByText(/This is a test environment/)).not.toBeInTheDocument();
  });

  it('shows the consumer card from consumer_metadata, in German too', async () => {
    renderWithKit(page(), { mock, session: mockSessions.consumer, locale: 'de' });
    const card = await screen.findByRole('region', { name: 'Angemeldet als' });
    expect(card).toHaveTextContent('Acme Inc.');
    expect(card).toHaveTextContent('Ada Lovelace');
    expect(card).toHaveTextContent('ada@acme.example');
    expect(card.querySelector('img')?.getAttribute('src')).toBe(mockSessions.consumer.consumer_metadata.image);
  });

  it('takes accent, title and footer links from the theme; a host --ik-accent in style wins', async () => {
    const { container, unmount } = renderWithKit(page(), { mock, session: mockSessions.theme });
    expect(await screen.findByRole('heading', { level: 2, name: 'Acme Integrations' })).toBeVisible();
    const root = container.querySelector<HTMLElement>('[data-slot="integrations-page"]');
    expect(root?.style.getPropertyValue('--ik-accent')).toBe('#0f766e');
    const legal = screen.getByRole('navigation', { name: 'Legal' });
    expect(within(legal).getByRole('link', { name: /Privacy policy/ })).toHaveAttribute(
      'href',
      'https://example.com/privacy',
    );
    expect(within(legal).getByRole('link', { name: /Terms of service/ })).toHaveAttribute(
      'href',
      'https://example.com/terms',
    );
    unmount();

    const hosted = renderWithKit(
      page({ title: 'Apps', style: { '--ik-accent': 'rebeccapurple' } as React.CSSProperties }),
      {
        mock,
        session: mockSessions.theme,
      },
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Apps' })).toBeVisible();
    const hostedRoot = hosted.container.querySelector<HTMLElement>('[data-slot="integrations-page"]');
    expect(hostedRoot?.style.getPropertyValue('--ik-accent')).toBe('rebeccapurple');
  });

  it('in isolation mode keeps the grid but drops the footer links, the consumer card and links away from the page', async () => {
    const { user } = renderWithKit(page({ consumer: { user_name: 'Ada' } }), { mock, session: mockSessions.isolation });
    const dialog = await openSalesforce(user);
    expect(screen.queryByRole('navigation', { name: 'Legal' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Signed in as' })).not.toBeInTheDocument();
    const about = within(dialog).getByRole('region', { name: 'About' });
    expect(within(about).queryByRole('link')).not.toBeInTheDocument();
  });

  it('hides the connection guide link with hide_guides but keeps the website', async () => {
    const { user } = renderWithKit(page(), { mock, session: mockSessions.features });
    const about = within(await openSalesforce(user)).getByRole('region', { name: 'About' });
    expect(
      within(about)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['https://www.salesforce.com']);
  });

  it('ignores a malformed claim with a warning and honours the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const session = { settings: { sandbox_mode: 'yes', unified_apis: ['crm'] } } as never;
    renderWithKit(page(), { mock, session });
    await screen.findByRole('button', { name: /^Salesforce CRM / });
    expect(screen.queryByRole('button', { name: /^QuickBooks / })).not.toBeInTheDocument();
    expect(screen.queryByText(/This is a test environment/)).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"settings.sandbox_mode"'));
    warn.mockRestore();
  });
});
