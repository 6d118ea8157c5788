import type { Connection } from '@integrations-kit/client';
import { stubPopup } from '@integrations-kit/test-kit';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { Toaster } from '../toast/Toaster.js';
import { ToastProvider } from '../toast/ToastProvider.js';
import { ConnectionDialog } from './ConnectionDialog.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = Date.now();

// An API-key connector that checks credentials (`validation_support`), with its key stored.
const close: Connection = {
  id: 'crm+close',
  unified_api: 'crm',
  service_id: 'close',
  name: 'Close',
  auth_type: 'apiKey',
  integration_state: 'configured',
  state: 'callable',
  health: 'ok',
  enabled: true,
  validation_support: true,
  form_fields: [
    { id: 'api_key', label: 'API key', type: 'password', required: true, allow_custom_values: false },
    { id: 'region', label: 'Region', type: 'text', allow_custom_values: false },
  ],
  settings: { api_key: 'api_live_1', region: 'eu' },
};

// An OAuth connection whose refresh kept failing until Vault deleted the credentials; its settings stay.
const quickbooks: Connection = {
  id: 'accounting+quickbooks',
  unified_api: 'accounting',
  service_id: 'quickbooks',
  name: 'QuickBooks',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  integration_state: 'configured',
  state: 'invalid',
  health: 'needs_auth',
  enabled: true,
  last_refresh_failed_at: NOW - 9 * DAY,
  credentials_expire_at: NOW - 2 * DAY,
  form_fields: [{ id: 'realm_id', label: 'Company ID', type: 'text', allow_custom_values: false }],
  settings: { realm_id: '9130' },
};

const mock = setupVaultServer({ connections: [close, quickbooks] });
const redirectUri = `${window.location.origin}/oauth/callback`;

afterEach(() => {
  vi.restoreAllMocks();
});

async function openDialog(connection: Connection) {
  const result = renderWithKit(
    <ToastProvider>
      <ConnectionDialog
        connection={{ unifiedApi: connection.unified_api ?? '', serviceId: connection.service_id ?? '' }}
        redirectUri={redirectUri}
        defaultOpen
      />
      <Toaster />
    </ToastProvider>,
    { mock },
  );
  const dialog = await screen.findByRole('dialog', { name: connection.name });
  const health = await within(dialog).findByRole('region', { name: 'Health' });
  return { ...result, dialog, health };
}

const checks = () => mock.requests.filter((request) => request.path.endsWith('/validate'));

describe('Test connection and the health timeline in the dialog', { timeout: 20_000 }, () => {
  it('tests a connection from the actions menu and says it passed, inline and as a toast', async () => {
    const { user, dialog, health } = await openDialog(close);
    await within(health).findByText('Close is working normally.');

    await user.click(within(dialog).getByRole('button', { name: 'Actions for Close' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Test connection' }));

    expect(await within(health).findByRole('status')).toHaveTextContent('Close passed the test.');
    expect(await screen.findByText('Close passed the test.', { selector: '[data-slot="toast"] *' })).toBeVisible();
    expect(checks()).toEqual([expect.objectContaining({ method: 'POST', body: {} })]);
  });

  it('checks credentials after a save, says why they failed, keeps what was typed and shows Invalid', async () => {
    const { user, dialog } = await openDialog(close);
    const region = await within(dialog).findByLabelText('Region');
    await user.clear(region);
    await user.type(region, 'us');
    await user.type(within(dialog).getByLabelText(/^API key/, { selector: 'input' }), 'invalid');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Close failed the test');
    expect(alert).toHaveTextContent('The provider rejected the credentials');
    expect(checks()).toHaveLength(1);
    expect(within(dialog).getByLabelText('Region')).toHaveValue('us');
    await waitFor(() =>
      expect(dialog.querySelector('[data-slot="connection-status-badge"]')).toHaveTextContent('Invalid'),
    );
  });

  it('tells an expired connection in plain words and offers Reconnect as the one sign-in action', async () => {
    const { popup, open } = stubPopup();
    const { user, dialog, health } = await openDialog(quickbooks);

    const timeline = await within(health).findByText('Access to QuickBooks has ended. Reconnect to use it again.');
    expect(timeline).toBeVisible();
    expect(within(health).getByText('Token refresh failed 9 days ago')).toBeVisible();
    expect(within(health).getByText('Credentials were deleted 2 days ago')).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: 'Connect QuickBooks' })).not.toBeInTheDocument();

    await user.click(within(health).getByRole('button', { name: 'Reconnect' }));

    expect(open).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(popup.url).toContain('/vault/authorize/quickbooks/'));
    expect(within(health).getByRole('button', { name: 'Reconnect' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('reads a provider-side disconnect as revoked in the badge and the timeline', async () => {
    mock.revokeAtProvider('crm', 'close');
    const { dialog, health } = await openDialog(close);
    expect(await within(health).findByText(/Access was revoked in Close/)).toBeVisible();
    expect(dialog.querySelector('[data-slot="connection-status-badge"]')).toHaveTextContent('Access revoked');
  });
});
