import type { Connection } from '@integrations-kit/client';
import { useConnection } from '@integrations-kit/hooks';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionStatusBadge } from '../card/ConnectionStatusBadge.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { Toaster } from '../toast/Toaster.js';
import { ToastProvider } from '../toast/ToastProvider.js';
import { RevokeButton } from './RevokeButton.js';
import { stubPopup } from '@integrations-kit/test-kit';

const hubspot: Connection = {
  id: 'crm+hubspot',
  unified_api: 'crm',
  service_id: 'hubspot',
  name: 'HubSpot',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  integration_state: 'configured',
  state: 'callable',
  health: 'ok',
  enabled: true,
  form_fields: [],
  settings: {},
};

const mock = setupVaultServer({ connections: [hubspot] });
const redirectUri = `${window.location.origin}/oauth/callback`;

function LiveRevokeButton({ onRevoked }: { onRevoked?: () => void }) {
  const { data } = useConnection({ unifiedApi: 'crm', serviceId: 'hubspot' });
  if (!data) return null;
  return (
    <>
      <ConnectionStatusBadge connection={data} />
      <RevokeButton connection={data} redirectUri={redirectUri} onRevoked={onRevoked} />
    </>
  );
}

function renderButton(onRevoked?: () => void) {
  return renderWithKit(
    <ToastProvider>
      <LiveRevokeButton onRevoked={onRevoked} />
      <Toaster />
    </ToastProvider>,
    { mock },
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('RevokeButton', () => {
  it('asks first, naming the integration, and does nothing when the user keeps it', async () => {
    const open = vi.spyOn(window, 'open');
    const { user } = renderButton();
    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));

    const confirm = screen.getByRole('alertdialog', { name: 'Disconnect HubSpot?' });
    expect(confirm).toHaveAccessibleDescription(
      'HubSpot stops syncing until you connect it again. Your settings are kept.',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Disconnect' })).toHaveFocus();
  });

  it('revokes at the provider after confirming, then shows the connection as not authorized', async () => {
    const { popup } = stubPopup();
    const onRevoked = vi.fn();
    const { user } = renderButton(onRevoked);
    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
    await user.click(screen.getByRole('button', { name: 'Disconnect HubSpot' }));

    const opened = new URL(popup.url);
    expect(opened.pathname).toBe('/vault/revoke/hubspot/ik-demo-app');
    expect(opened.searchParams.get('redirect_uri')).toBe(redirectUri);
    expect(screen.getByText('Disconnecting HubSpot…')).toBeVisible();

    // The provider revokes and sends the popup back to our callback page, which closes it.
    const answer = await fetch(popup.url, { redirect: 'manual' });
    expect(answer.status).toBe(302);
    popup.closed = true;

    expect(await screen.findByText('HubSpot disconnected', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(onRevoked).toHaveBeenCalledTimes(1);
    expect(mock.getConnection('crm', 'hubspot')?.state).toBe('added');
    expect(screen.getByText('Not authorized')).toBeInTheDocument();
  });

  it('stops waiting on Cancel and closes the popup', async () => {
    const { popup } = stubPopup();
    const { user } = renderButton();
    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
    await user.click(screen.getByRole('button', { name: 'Disconnect HubSpot' }));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(popup.close).toHaveBeenCalled();
    expect(screen.queryByText('Disconnecting HubSpot…')).not.toBeInTheDocument();
    expect(mock.getConnection('crm', 'hubspot')?.state).toBe('callable');
  });

  it('explains a blocked popup', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = renderButton();
    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
    await user.click(screen.getByRole('button', { name: 'Disconnect HubSpot' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your browser blocked the window to disconnect HubSpot. Allow pop-ups for this site and try again.',
    );
  });
});
