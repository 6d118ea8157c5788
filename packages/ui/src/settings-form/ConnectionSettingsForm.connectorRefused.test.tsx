import type { FormField } from '@integrations-kit/client';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ConnectionSettingsForm } from './ConnectionSettingsForm.js';

// The live Connector API may refuse the Vault session token: this mock does so on every /connector/* call.
const mock = setupVaultServer({ connectorSessionToken: 'refuse' });

const connectorCalls = () => mock.requests.filter((request) => request.path.startsWith('/connector/'));
const session = () => ({ getToken: vi.fn(async () => mock.token), onSessionExpired: vi.fn() });

describe('ConnectionSettingsForm when the Connector API refuses the session', { timeout: 20_000 }, () => {
  it('shows and saves the fields the connection describes, never asking the Connector API', async () => {
    const fields: FormField[] = [
      { id: 'region', label: 'Region', type: 'text', value: 'eu', allow_custom_values: false },
    ];
    mock.setConnection(testConnection('crm', 'acme', 'Acme', { form_fields: fields }));
    const { getToken, onSessionExpired } = session();
    const { user } = renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />, {
      mock,
      getToken,
      onSessionExpired,
    });

    const region = await screen.findByRole('textbox', { name: 'Region' });
    expect(region).toHaveValue('eu');
    await user.clear(region);
    await user.type(region, 'us');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(mock.requests.filter((request) => request.method === 'PATCH').map((request) => request.body)).toEqual([
      { settings: { region: 'us' } },
    ]);
    expect(connectorCalls()).toEqual([]);
    expect(getToken).not.toHaveBeenCalled();
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it.each([401, 403])(
    'says the settings cannot be shown when the connector is needed and refused (%i): no failure, no refresh, one request',
    async (status) => {
      mock.setConnection(testConnection('crm', 'acme', 'Acme', { form_fields: [] }));
      if (status === 403)
        mock.fail({ method: 'GET', path: '/connector/connectors/acme', status: 403, times: Infinity });
      const { getToken, onSessionExpired } = session();
      renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />, { mock, getToken, onSessionExpired });

      const note = await screen.findByRole('status');
      await waitFor(() => expect(note).toHaveTextContent('The settings of this integration cannot be shown here.'));
      expect(note).toHaveAttribute('data-status', 'empty');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(connectorCalls()).toHaveLength(1);
      expect(getToken).not.toHaveBeenCalled();
      expect(onSessionExpired).not.toHaveBeenCalled();
    },
  );

  it('says so in German too', async () => {
    mock.setConnection(testConnection('crm', 'acme', 'Acme', { form_fields: [] }));
    renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />, { mock, locale: 'de' });
    expect(
      await screen.findByText(/^Die Einstellungen dieser Integration können hier nicht angezeigt werden\./),
    ).toBeVisible();
  });
});
