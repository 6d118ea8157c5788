import { createVaultClient, type VaultClient } from '@integrations-kit/client';
import { useConnection, useOAuthRedirectResult } from '@integrations-kit/hooks';
import { createConfirmToken } from '@integrations-kit/mocks';
import { AuthorizeButton, IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oauthConnection, testConnection } from '../test/connections.js';
import { answerList, envelope } from '../test/overrides.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const vault = setupVaultServer({
  connections: [testConnection('crm', 'salesforce', 'Salesforce'), oauthConnection('crm', 'hubspot', 'HubSpot')],
});
const { mock } = vault;

// Every request that left the client, handled by the mock, an override or nothing at all.
let sent: string[] = [];
const record = ({ request }: { request: Request }) => {
  sent.push(`${request.method} ${new URL(request.url).pathname}`);
};
beforeEach(() => {
  sent = [];
  vault.server.events.on('request:start', record);
});
afterEach(() => {
  vault.server.events.removeListener('request:start', record);
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});

// `.` and `..` are dot segments: a URL parser folds them away (`/vault/connections/../x` is
// `/vault/x`), so a connection id spelled that way would reach another endpoint.
const SEGMENTS = ['.', '..', ''];

/** Every client call that puts a connection's ids (and a resource) in its path. */
function callsWith(client: VaultClient, unifiedApi: string, serviceId: string, resource = 'leads') {
  const ref = { unifiedApi, serviceId };
  return {
    get: () => client.connections.get(ref),
    create: () => client.connections.create({ ...ref, connection: { enabled: true } }),
    update: () => client.connections.update({ ...ref, connection: { enabled: false } }),
    delete: () => client.connections.delete(ref),
    import: () => client.connections.import({ ...ref, data: { credentials: {} } }),
    token: () => client.connections.token(ref),
    confirm: () => client.connections.confirm({ ...ref, confirmToken: 'token' }),
    settings: () => client.connectionSettings.list({ ...ref, resource }),
    saveSettings: () => client.connectionSettings.update({ ...ref, resource, configuration: [] }),
    customFields: () => client.customFields.list({ ...ref, resource }),
  };
}

describe('dot and empty path segments are refused before any request', { tags: ['hostile-data'] }, () => {
  const client = () => createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });

  it.each(SEGMENTS)('refuses a service id of "%s" in every call', async (segment) => {
    for (const [name, call] of Object.entries(callsWith(client(), 'crm', segment))) {
      await expect(call(), name).rejects.toThrow(/serviceId/);
    }
    expect(sent).toEqual([]);
  });

  it.each(SEGMENTS)('refuses a unified API of "%s" in every call', async (segment) => {
    for (const [name, call] of Object.entries(callsWith(client(), segment, 'salesforce'))) {
      await expect(call(), name).rejects.toThrow(/unifiedApi/);
    }
    expect(sent).toEqual([]);
  });

  it.each(SEGMENTS)('refuses a resource of "%s"', async (segment) => {
    for (const name of ['settings', 'saveSettings', 'customFields'] as const) {
      await expect(callsWith(client(), 'crm', 'salesforce', segment)[name](), name).rejects.toThrow(/resource/);
    }
    expect(sent).toEqual([]);
  });

  it('keeps ids that merely contain dots', async () => {
    await expect(client().connections.get({ unifiedApi: 'crm', serviceId: '...' })).rejects.toMatchObject({
      status: 404,
    });
    expect(sent).toEqual(['GET /vault/connections/crm/...']);
  });

  it.each([
    ['a service id', 'crm', '..'],
    ['a unified API', '..', 'x'],
  ])(
    'a list entry with %s of ".." opens a dialog that explains, and reads nothing outside its connection',
    async (_case, unifiedApi, serviceId) => {
      answerList(
        vault,
        envelope([
          { ...testConnection(unifiedApi, serviceId, 'Dotted'), unified_api: unifiedApi, service_id: serviceId },
        ]),
      );
      const { user } = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, { mock });
      await user.click(await screen.findByRole('button', { name: (name) => name.startsWith('Dotted') }));
      const dialog = await screen.findByRole('dialog');
      expect(await within(dialog).findByText(enMessages.dialog.loadFailed)).toBeInTheDocument();
      expect(sent.filter((request) => !request.startsWith('GET /connector/'))).toEqual(['GET /vault/connections']);
    },
  );

  it('a same-tab flow whose pending record was tampered with confirms nothing', async () => {
    // Start the flow the way a user does (popup blocked, "Continue in this tab").
    vi.spyOn(window, 'open').mockReturnValue(null);
    const navigate = vi.fn();
    function LiveButton() {
      const { data } = useConnection({ unifiedApi: 'crm', serviceId: 'hubspot' });
      return data ? (
        <AuthorizeButton
          connection={data}
          redirectUri={`${window.location.origin}/oauth/callback`}
          navigate={navigate}
        />
      ) : null;
    }
    const started = renderKit(<LiveButton />, { mock });
    await started.user.click(await screen.findByRole('button', { name: enMessages.oauth.connect('HubSpot') }));
    await started.user.click(await screen.findByRole('button', { name: enMessages.oauth.continueHere }));
    started.unmount();
    const nonce = new URL(String(navigate.mock.calls[0]?.[0])).searchParams.get('nonce') ?? '';
    const key = 'integrations-kit:oauth-redirect';
    const record = JSON.parse(window.sessionStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    expect(record.nonce).toBe(nonce);
    // `/vault/connections/../linear/confirm` would be `POST /vault/linear/confirm`.
    window.sessionStorage.setItem(key, JSON.stringify({ ...record, unifiedApi: '..', serviceId: 'linear' }));

    const token = createConfirmToken({ serviceId: 'linear', unifiedApi: 'crm', nonce });
    window.history.replaceState(null, '', `/oauth/callback#nonce=${nonce}&confirm_token=${token}&service_id=linear`);
    sent = [];
    function RedirectResult() {
      const result = useOAuthRedirectResult();
      return <output aria-label="oauth result">{result.status}</output>;
    }
    renderKit(<RedirectResult />, { mock });
    await waitFor(() => expect(screen.getByLabelText('oauth result')).toHaveTextContent('error'));
    expect(sent.filter((request) => request.startsWith('POST'))).toEqual([]);
  });
});
