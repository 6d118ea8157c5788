import type { Connection } from '@integrations-kit/client';
import { handleOAuthCallback, useConnection } from '@integrations-kit/hooks';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { Toaster } from '../toast/Toaster.js';
import { ToastProvider } from '../toast/ToastProvider.js';
import { AuthorizeButton, type AuthorizeButtonProps } from './AuthorizeButton.js';
import { stubPopup, type FakePopup } from '@integrations-kit/test-kit';

const oauth = (serviceId: string, name: string, extra: Partial<Connection> = {}): Connection => ({
  id: `crm+${serviceId}`,
  unified_api: 'crm',
  service_id: serviceId,
  name,
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  integration_state: 'configured',
  state: 'added',
  enabled: true,
  form_fields: [],
  settings: {},
  ...extra,
});

const connections: Connection[] = [
  oauth('salesforce', 'Salesforce'),
  oauth('pipedrive', 'Pipedrive', { state: 'callable', health: 'ok' }),
  oauth('copper', 'Copper', { integration_state: 'needs_configuration' }),
  oauth('zoho-crm', 'Zoho CRM', {
    settings_required_for_authorization: ['region', 'client_id'],
    form_fields: [
      { id: 'region', label: 'Region', type: 'select', allow_custom_values: false },
      { id: 'client_id', label: 'Client ID', type: 'text', allow_custom_values: false },
    ],
  }),
  // Like the HubSpot fixture: nothing blocks the sign-in, but a required setting is still empty.
  oauth('hubspot', 'HubSpot', {
    form_fields: [
      { id: 'default_owner', label: 'Default owner', type: 'select', required: true, allow_custom_values: false },
      { id: 'notification_email', label: 'Notification email', type: 'email', allow_custom_values: false },
    ],
    settings: { notification_email: 'ops@acme.example' },
  }),
  oauth('acme-erp', 'Acme ERP', {
    oauth_grant_type: 'client_credentials',
    form_fields: [
      { id: 'client_secret', label: 'Client secret', type: 'password', required: true, allow_custom_values: false },
    ],
    settings: { client_secret: 's3cret' },
  }),
];

const mock = setupVaultServer({ connections });
const redirectUri = `${window.location.origin}/oauth/callback`;

/**
 * Plays the provider and the callback page in the popup: submits the mock consent page's Allow or
 * Deny form, follows Vault's redirect to our callback route, and runs the real callback code
 * there, whose `postMessage` the browser delivers to the opener with the popup's origin.
 */
async function decideInPopup(popup: FakePopup, decision: 'allow' | 'deny') {
  const page = new DOMParser().parseFromString(await (await fetch(popup.url)).text(), 'text/html');
  const form = page.querySelector(`form[data-decision="${decision}"]`);
  if (!form) throw new Error(`No ${decision} form on the consent page`);
  const query = new URLSearchParams();
  form.querySelectorAll('input').forEach((input) => query.set(input.name, input.value));
  const answer = await fetch(`${form.getAttribute('action')}?${query}`, { redirect: 'manual' });
  const landing = new URL(answer.headers.get('location') ?? '');
  window.history.replaceState(null, '', `${landing.pathname}${landing.hash}`);
  vi.stubGlobal('opener', {
    closed: false,
    postMessage: (data: unknown, targetOrigin: string) => {
      if (targetOrigin !== window.location.origin) return;
      window.dispatchEvent(
        new MessageEvent('message', { data, origin: landing.origin, source: popup as unknown as Window }),
      );
    },
  });
  vi.spyOn(window, 'close').mockImplementation(() => {});
  act(() => void handleOAuthCallback());
}

/** The button over the live connection, as a host renders it. */
function LiveAuthorizeButton({ serviceId, ...props }: { serviceId: string } & Partial<AuthorizeButtonProps>) {
  const { data } = useConnection({ unifiedApi: 'crm', serviceId });
  return data ? <AuthorizeButton connection={data} redirectUri={redirectUri} {...props} /> : null;
}

function renderButton(serviceId: string, props: Partial<AuthorizeButtonProps> = {}) {
  return renderWithKit(
    <ToastProvider>
      <LiveAuthorizeButton serviceId={serviceId} {...props} />
      <Toaster />
    </ToastProvider>,
    { mock },
  );
}

const confirmRequests = () => mock.requests.filter((request) => request.path.endsWith('/confirm'));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('AuthorizeButton', () => {
  it('connects through the consent popup, confirms the connection and says so', async () => {
    const { popup } = stubPopup();
    const onAuthorized = vi.fn();
    const { user } = renderButton('salesforce', { onAuthorized });

    await user.click(await screen.findByRole('button', { name: 'Connect Salesforce' }));

    const opened = new URL(popup.url);
    expect(opened.pathname).toBe('/vault/authorize/salesforce/ik-demo-app');
    expect(opened.searchParams.get('redirect_uri')).toBe(redirectUri);
    expect(opened.searchParams.get('nonce')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Waiting for Salesforce…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();

    await decideInPopup(popup, 'allow');

    expect(await screen.findByText('Salesforce connected')).toBeInTheDocument();
    expect(confirmRequests()).toHaveLength(1);
    expect(confirmRequests()[0]?.body).toEqual({ confirm_token: expect.any(String) });
    expect(mock.getConnection('crm', 'salesforce')?.state).toBe('callable');
    expect(onAuthorized).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('button', { name: 'Re-authorize' })).toBeEnabled();
  });

  it('after a sign-in that leaves a required setting empty, says so instead of "connected" and offers no second Connect', async () => {
    const { popup } = stubPopup();
    const onAuthorized = vi.fn();
    const { user } = renderButton('hubspot', { onAuthorized });
    await user.click(await screen.findByRole('button', { name: 'Connect HubSpot' }));

    await decideInPopup(popup, 'allow');

    expect(await screen.findByText('Signed in to HubSpot: finish the settings to start syncing')).toBeInTheDocument();
    expect(screen.queryByText('HubSpot connected')).not.toBeInTheDocument();
    expect(mock.getConnection('crm', 'hubspot')).toMatchObject({ state: 'authorized', health: 'missing_settings' });
    expect(await screen.findByText('Signed in to HubSpot. Fill in Default owner below to finish.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Connect HubSpot' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Re-authorize' })).toHaveAttribute('data-variant', 'secondary');
    expect(onAuthorized).toHaveBeenCalledTimes(1);
  });

  it('tells the user when they declined at the provider, and lets them try again', async () => {
    const { popup } = stubPopup();
    const { user } = renderButton('salesforce');
    await user.click(await screen.findByRole('button', { name: 'Connect Salesforce' }));

    await decideInPopup(popup, 'deny');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Access to Salesforce was declined. Connect again when you are ready.',
    );
    expect(confirmRequests()).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Connect Salesforce' })).toBeEnabled();
  });

  it('stops waiting and closes the popup on Cancel', async () => {
    const { popup } = stubPopup();
    const { user } = renderButton('salesforce');
    await user.click(await screen.findByRole('button', { name: 'Connect Salesforce' }));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(popup.close).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Connect Salesforce' })).toBeEnabled();
    expect(screen.queryByText(/Waiting for/)).not.toBeInTheDocument();
    expect(confirmRequests()).toHaveLength(0);
  });

  it('offers to continue in this tab when the browser blocks the popup', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const navigate = vi.fn();
    const { user } = renderButton('salesforce', { navigate });
    await user.click(await screen.findByRole('button', { name: 'Connect Salesforce' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Your browser blocked the Salesforce sign-in window.');
    await user.click(screen.getByRole('button', { name: 'Continue in this tab' }));

    expect(navigate).toHaveBeenCalledTimes(1);
    const target = new URL(String(navigate.mock.calls[0]?.[0]));
    expect(target.pathname).toBe('/vault/authorize/salesforce/ik-demo-app');
    expect(target.searchParams.get('redirect_uri')).toBe(redirectUri);
  });

  it('is disabled with the reason while the integration is not configured', async () => {
    const open = vi.spyOn(window, 'open');
    renderButton('copper');
    const button = await screen.findByRole('button', { name: 'Connect Copper' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Copper is not configured yet; ask an admin.');
    expect(screen.getByText('Copper is not configured yet; ask an admin.')).toBeVisible();
    expect(open).not.toHaveBeenCalled();
  });

  it('names the settings to fill in before authorizing', async () => {
    renderButton('zoho-crm');
    const button = await screen.findByRole('button', { name: 'Connect Zoho CRM' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Fill in Region and Client ID first.');
  });

  it('requests a token for a client-credentials grant, once however often it is clicked', async () => {
    const open = vi.spyOn(window, 'open');
    const { user } = renderButton('acme-erp');

    await user.dblClick(await screen.findByRole('button', { name: 'Connect Acme ERP' }));

    expect(await screen.findByText('Acme ERP connected')).toBeInTheDocument();
    const tokenRequests = mock.requests.filter((request) => request.path === '/vault/connections/crm/acme-erp/token');
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]?.method).toBe('POST');
    expect(open).not.toHaveBeenCalled();
    await waitFor(() => expect(mock.getConnection('crm', 'acme-erp')?.state).toBe('callable'));
  });

  it('says what went wrong when the token request is refused', async () => {
    mock.fail({ method: 'POST', path: '/vault/connections/crm/acme-erp/token', status: 401 });
    const { user } = renderButton('acme-erp');
    await user.click(await screen.findByRole('button', { name: 'Connect Acme ERP' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your session has expired. Reload the page to sign in again.',
    );
  });

  it('offers Re-authorize on a connected OAuth connection', async () => {
    const { popup } = stubPopup();
    const { user } = renderButton('pipedrive');
    await user.click(await screen.findByRole('button', { name: 'Re-authorize' }));
    expect(new URL(popup.url).pathname).toBe('/vault/authorize/pipedrive/ik-demo-app');
    expect(screen.getByRole('button', { name: 'Waiting for Pipedrive…' })).toBeDisabled();
  });
});
