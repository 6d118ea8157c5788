import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { IntegrationsPage } from './IntegrationsPage.js';

// jsdom cannot lose a chunk on the network, so the dialog's module fails to load here the way a
// chunk replaced by a deploy does in a browser: its dynamic import rejects.
vi.mock('../dialog/ConnectionDialog.js', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const mock = setupVaultServer({ connections: [testConnection('crm', 'pipedrive', 'Pipedrive')] });

describe('IntegrationsPage when the dialog chunk fails to load', { timeout: 20_000 }, () => {
  it('shows an alert with Try again in place of the dialog and keeps the grid', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = renderWithKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, { mock });
    await user.click(await screen.findByRole('button', { name: /^Pipedrive / }));

    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load this part.");
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Pipedrive / })).toBeInTheDocument();
  });
});
