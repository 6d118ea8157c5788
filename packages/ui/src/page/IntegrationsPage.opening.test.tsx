import type { Connection } from '@integrations-kit/client';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { IntegrationsPage } from './IntegrationsPage.js';

const connections: Connection[] = [
  testConnection('crm', 'salesforce', 'Salesforce'),
  testConnection('accounting', 'quickbooks', 'QuickBooks'),
  testConnection('hris', 'personio', 'Personio'),
];

const mock = setupVaultServer({ connections });
const redirectUri = 'https://host.example/oauth/callback';
const reads = (path: string) => mock.requests.filter((request) => request.method === 'GET' && request.path === path);

describe('IntegrationsPage opening a connection', () => {
  it('opens and closes the dialog without re-rendering the grid', async () => {
    // The grid formats its result count on every render: the count of calls counts its renders.
    const resultCount = vi.fn((shown: number, total: number) => `${shown} of ${total} integrations`);
    const messages = { grid: { resultCount } };
    const { user } = renderWithKit(<IntegrationsPage redirectUri={redirectUri} messages={messages} />, { mock });
    const card = await screen.findByRole('button', { name: /^QuickBooks Accounting / });
    const renders = resultCount.mock.calls.length;
    expect(renders).toBeGreaterThan(0);

    await user.click(card);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('button', { name: 'Actions for QuickBooks' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(card).toHaveFocus());

    expect(resultCount).toHaveBeenCalledTimes(renders);
  });

  it('shows the dialog of a hovered card complete at once, waiting on no request', async () => {
    const { user } = renderWithKit(<IntegrationsPage redirectUri={redirectUri} />, { mock });
    const card = await screen.findByRole('button', { name: /^Personio HRIS / });

    await user.hover(card);
    // The detail, then the connector: the connection declares no form fields, so its settings come from there.
    await waitFor(() => expect(reads('/connector/connectors/personio')).toHaveLength(1));
    expect(reads('/vault/connections/hris/personio')).toHaveLength(1);
    const requests = mock.requests.length;
    await user.click(card);

    // Already loaded on the first frame: the menu of a loaded connection, not the loading state.
    const dialog = screen.getByRole('dialog', { name: 'Personio' });
    expect(within(dialog).getByRole('button', { name: 'Actions for Personio' })).toBeEnabled();
    await within(dialog).findByRole('heading', { name: 'Settings' });
    expect(mock.requests.slice(requests).map((request) => request.path)).not.toContainEqual(
      expect.stringMatching(/personio$/),
    );
  });
});
