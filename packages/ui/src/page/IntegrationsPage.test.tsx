import type { Connection } from '@integrations-kit/client';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mergeMessages } from '../i18n/mergeMessages.js';
import { de } from '../locales/de.js';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { IntegrationsPage } from './IntegrationsPage.js';

const connections: Connection[] = [
  testConnection('crm', 'salesforce', 'Salesforce'),
  testConnection('accounting', 'quickbooks', 'QuickBooks'),
  testConnection('hris', 'personio', 'Personio', { state: 'available', enabled: false }),
];

const mock = setupVaultServer({ connections });
const redirectUri = 'https://host.example/oauth/callback';

describe('IntegrationsPage', () => {
  it('opens the connection dialog from a card and returns focus to that card on Escape', async () => {
    const { user } = renderWithKit(<IntegrationsPage redirectUri={redirectUri} />, { mock });
    const card = await screen.findByRole('button', { name: /^Salesforce CRM / });
    await user.click(card);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('Salesforce').length).toBeGreaterThan(0);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: /^Salesforce CRM / })).toHaveFocus());
  });

  it('opens with the keyboard too', async () => {
    const { user } = renderWithKit(<IntegrationsPage redirectUri={redirectUri} />, { mock });
    (await screen.findByRole('button', { name: /^QuickBooks Accounting / })).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('reports an action of the dialog in a toast and calls onConnectionChange', async () => {
    const onConnectionChange = vi.fn();
    const { user } = renderWithKit(
      <IntegrationsPage redirectUri={redirectUri} onConnectionChange={onConnectionChange} />,
      { mock },
    );
    await user.click(await screen.findByRole('button', { name: /^Salesforce CRM / }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Actions for Salesforce' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Disable' }));

    const toaster = document.querySelector('[data-slot="toaster"]') as HTMLElement;
    expect(await within(toaster).findByText('Salesforce disabled')).toBeInTheDocument();
    expect(mock.requests.find((request) => request.method === 'PATCH')?.body).toEqual({ enabled: false });
    await waitFor(() => expect(onConnectionChange).toHaveBeenCalledWith(expect.objectContaining({ enabled: false })));
  });

  it('offers no menu actions with allowActions={false}', async () => {
    const { user } = renderWithKit(<IntegrationsPage redirectUri={redirectUri} allowActions={false} />, { mock });
    await user.click(await screen.findByRole('button', { name: /^Salesforce CRM / }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findAllByText('Salesforce');
    expect(within(dialog).queryByRole('button', { name: 'Actions for Salesforce' })).toBeNull();
  });

  it('limits the grid with unifiedApis', async () => {
    renderWithKit(<IntegrationsPage redirectUri={redirectUri} unifiedApis={['crm', 'hris']} />, { mock });
    await screen.findByRole('button', { name: /^Salesforce CRM / });
    expect(screen.getByRole('button', { name: /^Personio HRIS / })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^QuickBooks Accounting / })).toBeNull();
  });

  it('speaks German with messages={de} and takes message overrides, in grid and dialog alike', async () => {
    const { user } = renderWithKit(
      <IntegrationsPage
        redirectUri={redirectUri}
        messages={mergeMessages(de, { grid: { searchLabel: 'Apps finden' } })}
      />,
      { mock },
    );
    expect(await screen.findByRole('searchbox', { name: 'Apps finden' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Salesforce CRM / }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('button', { name: 'Schließen' })).toBeInTheDocument();
  });

  it('scopes itself in .ik-root, carries a forced theme into its portals, and merges className and props', async () => {
    const { container, user } = renderWithKit(
      <IntegrationsPage redirectUri={redirectUri} theme="dark" className="host-page" data-testid="page" />,
      { mock },
    );
    const page = screen.getByTestId('page');
    expect(page).toBe(container.firstElementChild);
    expect(page).toHaveAttribute('data-slot', 'integrations-page');
    expect(page).toHaveClass('ik-root', 'dark', 'host-page');

    await user.click(await screen.findByRole('button', { name: /^Salesforce CRM / }));
    expect(await screen.findByRole('dialog')).toHaveClass('ik-root', 'dark');
    expect(document.querySelector('[data-slot="toaster"]')).toHaveClass('ik-root', 'dark');
  });
});
