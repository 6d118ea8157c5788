import type { Connection } from '@integrations-kit/client';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ConnectionDialog } from './ConnectionDialog.js';

// No form fields of its own: the settings form asks the Connector API for the connector's settings.
const custom: Connection = {
  id: 'crm+acme-crm',
  unified_api: 'crm',
  service_id: 'acme-crm',
  name: 'Acme CRM',
  auth_type: 'apiKey',
  integration_state: 'configured',
  state: 'callable',
  enabled: true,
  form_fields: [],
  settings: {},
};

const mock = setupVaultServer({ connections: [custom], connectors: [] });
const redirectUri = `${window.location.origin}/oauth/callback`;
const ref = { unifiedApi: 'crm', serviceId: 'acme-crm' };

function openDialog() {
  renderWithKit(<ConnectionDialog connection={ref} redirectUri={redirectUri} defaultOpen />, { mock });
  return screen.findByRole('dialog');
}

describe('ConnectionDialog settings', { timeout: 20_000 }, () => {
  it('shows a connection whose connector is unknown (404) as having no settings, not as gone', async () => {
    mock.fail({ method: 'GET', path: '/connector/connectors/acme-crm', status: 404 });
    const dialog = await openDialog();
    await within(dialog).findByRole('heading', { name: 'Acme CRM' });
    const settings = within(dialog).getByRole('region', { name: 'Settings' });
    expect(await within(settings).findByText('This integration has no settings to configure.')).toBeVisible();
    expect(dialog).not.toHaveTextContent(/no longer exists/);
    expect(mock.requests.some((request) => request.path === '/connector/connectors/acme-crm')).toBe(true);
  });

  it('says the integration no longer exists when the connection itself is gone (404)', async () => {
    mock.fail({ method: 'GET', path: '/vault/connections/crm/acme-crm', status: 404 });
    const dialog = await openDialog();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^Couldn't load this connection\.\s*This integration no longer exists\./,
    );
  });
});
