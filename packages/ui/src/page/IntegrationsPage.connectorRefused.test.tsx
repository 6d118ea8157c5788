import type { Connection } from '@integrations-kit/client';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { IntegrationsPage } from './IntegrationsPage.js';

const connections: Connection[] = [
  testConnection('crm', 'pipedrive', 'Pipedrive', {
    form_fields: [
      { id: 'company_domain', label: 'Company domain', type: 'text', value: 'acme', allow_custom_values: false },
    ],
  }),
  testConnection('accounting', 'quickbooks', 'QuickBooks', { form_fields: [] }),
];

// The live Connector API may refuse the Vault session token; here it refuses every /connector/* call.
const mock = setupVaultServer({ connections, connectorSessionToken: 'refuse' });

describe('IntegrationsPage when the Connector API refuses the session', { timeout: 30_000 }, () => {
  it('stays usable: the grid, a dialog with the settings the connection describes, and a calm note where the connector was needed', async () => {
    const getToken = vi.fn(async () => mock.token);
    const onSessionExpired = vi.fn();
    const { user } = renderWithKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
      mock,
      getToken,
      onSessionExpired,
    });

    await user.click(await screen.findByRole('button', { name: /^Pipedrive CRM / }));
    let dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('textbox', { name: 'Company domain' })).toHaveValue('acme');
    // The settings come from form_fields; only the About section asks for the connector (its
    // capabilities and guide) and, refused, shows the Vault data alone.
    const connectorPaths = () =>
      mock.requests.map((request) => request.path).filter((path) => path.startsWith('/connector/'));
    await vi.waitFor(() => expect(connectorPaths()).toEqual(['/connector/connectors/pipedrive']));
    expect(within(dialog).queryByRole('list', { name: 'What Pipedrive offers' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.click(await screen.findByRole('button', { name: /^QuickBooks Accounting / }));
    dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/^The settings of this integration cannot be shown here\./)).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Actions for QuickBooks' })).toBeEnabled();
    // Read ahead when the pointer reached the card, then by the dialog (a failed read is read again on
    // mount): both refused, neither refreshing the session.
    expect(connectorPaths().filter((path) => path === '/connector/connectors/quickbooks')).toHaveLength(2);
    expect(getToken).not.toHaveBeenCalled();
    expect(onSessionExpired).not.toHaveBeenCalled();
  });
});
