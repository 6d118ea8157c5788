import { createConfirmToken, fixtures } from '@integrations-kit/mocks';
import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl, VaultApiError } from '../index.js';
import type { Connection } from '../index.js';
import { setupVaultServer } from '../test/setupVaultServer.js';

const { mock, createClient, onlyRequest } = setupVaultServer();

const salesforce = { unifiedApi: 'crm', serviceId: 'salesforce' } as const;

// Connections the tests add themselves, so they do not hang on what the shared fixtures contain.
const apiKeyConnection: Connection = {
  service_id: 'acme-crm',
  unified_api: 'crm',
  name: 'Acme CRM',
  auth_type: 'apiKey',
  integration_state: 'configured',
  state: 'available',
  enabled: false,
  form_fields: [{ id: 'api_key', label: 'API key', type: 'password', required: true, allow_custom_values: false }],
};
const clientCredentialsConnection: Connection = {
  service_id: 'acme-erp',
  unified_api: 'crm',
  name: 'Acme ERP',
  auth_type: 'oauth2',
  oauth_grant_type: 'client_credentials',
  integration_state: 'configured',
  state: 'added',
  enabled: true,
  settings: { client_id: 'id-1', client_secret: 'secret-1' },
  form_fields: [
    { id: 'client_id', label: 'Client ID', type: 'text', required: true, allow_custom_values: false },
    { id: 'client_secret', label: 'Client secret', type: 'password', required: true, allow_custom_values: false },
  ],
};

describe('connections', () => {
  it('list returns every connection of the consumer', async () => {
    const connections = await createClient().connections.list();
    expect(connections.map((c) => c.id)).toEqual(fixtures.connections.map((c) => c.id));
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/vault/connections', body: undefined });
    expect(new URL(onlyRequest().url).search).toBe('');
  });

  it('list sends api and configured as query parameters', async () => {
    const connections = await createClient().connections.list({ api: 'crm', configured: false });
    expect(new URL(onlyRequest().url).search).toBe('?api=crm&configured=false');
    const expected = fixtures.connections.filter(
      (c) => c.unified_api === 'crm' && c.integration_state !== 'configured',
    );
    expect(connections.map((c) => c.id)).toEqual(expected.map((c) => c.id));
  });

  it('get returns one connection', async () => {
    const connection = await createClient().connections.get(salesforce);
    expect(connection).toMatchObject({ id: 'crm+salesforce', service_id: 'salesforce', state: 'callable' });
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/vault/connections/crm/salesforce' });
  });

  it('create POSTs the connection and returns the added connection', async () => {
    mock.setConnection(apiKeyConnection);
    const created = await createClient().connections.create({
      unifiedApi: 'crm',
      serviceId: 'acme-crm',
      connection: { settings: { api_key: 'key-123' } },
    });
    expect(onlyRequest()).toMatchObject({ method: 'POST', path: '/vault/connections/crm/acme-crm' });
    expect(onlyRequest().body).toEqual({ settings: { api_key: 'key-123' } });
    expect(onlyRequest().headers['content-type']).toBe('application/json');
    expect(created).toMatchObject({ id: 'crm+acme-crm', enabled: true });
    expect(created.state).not.toBe('available');
    expect(mock.getConnection('crm', 'acme-crm')?.settings).toEqual({ api_key: 'key-123' });
  });

  it('update PATCHes exactly the given fields', async () => {
    const updated = await createClient().connections.update({ ...salesforce, connection: { enabled: false } });
    expect(onlyRequest()).toMatchObject({
      method: 'PATCH',
      path: '/vault/connections/crm/salesforce',
      body: { enabled: false },
    });
    expect(updated.enabled).toBe(false);
    expect(mock.getConnection('crm', 'salesforce')?.enabled).toBe(false);
  });

  it('delete accepts the 204 and resolves with nothing', async () => {
    await expect(createClient().connections.delete(salesforce)).resolves.toBeUndefined();
    expect(onlyRequest()).toMatchObject({
      method: 'DELETE',
      path: '/vault/connections/crm/salesforce',
      body: undefined,
    });
    expect(mock.getConnection('crm', 'salesforce')?.state).toBe('available');
  });

  it('import POSTs the credentials to …/import', async () => {
    const data = {
      credentials: { access_token: 'at-1', refresh_token: 'rt-1', expires_in: 3600 },
      metadata: { source: 'migration' },
    };
    const imported = await createClient().connections.import({ unifiedApi: 'crm', serviceId: 'hubspot', data });
    expect(onlyRequest()).toMatchObject({ method: 'POST', path: '/vault/connections/crm/hubspot/import', body: data });
    expect(imported).toMatchObject({ id: 'crm+hubspot', enabled: true });
  });

  it('token POSTs an empty body to …/token and returns the callable connection', async () => {
    mock.setConnection(clientCredentialsConnection);
    const connection = await createClient().connections.token({ unifiedApi: 'crm', serviceId: 'acme-erp' });
    expect(onlyRequest()).toMatchObject({ method: 'POST', path: '/vault/connections/crm/acme-erp/token', body: {} });
    expect(connection.state).toBe('callable');
  });

  it('validate POSTs an empty body to …/validate and resolves with the state after the check', async () => {
    await expect(createClient().connections.validate(salesforce)).resolves.toEqual({
      id: 'crm+salesforce',
      state: 'callable',
    });
    expect(onlyRequest()).toMatchObject({
      method: 'POST',
      path: '/vault/connections/crm/salesforce/validate',
      body: {},
    });
  });

  it('validate rejects with the 422 that says why the credentials failed', async () => {
    mock.revokeAtProvider('crm', 'salesforce');
    const error = await createClient()
      .connections.validate(salesforce)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultApiError);
    expect(error).toMatchObject({ status: 422, body: { detail: 'The provider revoked the access grant' } });
  });

  it('confirm POSTs the confirm token and reports the confirmation', async () => {
    const confirmToken = createConfirmToken({ serviceId: 'salesforce', unifiedApi: 'crm', nonce: 'n-1' });
    const client = createClient();
    await expect(client.connections.confirm({ ...salesforce, confirmToken })).resolves.toEqual({ confirmed: true });
    expect(onlyRequest()).toMatchObject({
      method: 'POST',
      path: '/vault/connections/crm/salesforce/confirm',
      body: { confirm_token: confirmToken },
    });
    // Confirm tokens are single-use.
    const reused = await client.connections.confirm({ ...salesforce, confirmToken }).catch((e: unknown) => e);
    expect(reused).toBeInstanceOf(VaultApiError);
    expect((reused as VaultApiError).status).toBe(422);
  });

  it('builds an authorize URL the Vault authorize endpoint accepts', async () => {
    const connection = await createClient().connections.get(salesforce);
    const url = buildAuthorizeUrl(connection, {
      redirectUri: 'http://localhost:5173/oauth/callback',
      nonce: 'n-42',
      scope: ['api'],
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const authorize = mock.requests.at(-1);
    expect(authorize?.path).toBe('/vault/authorize/salesforce/ik-demo-app');
    expect(new URL(authorize?.url ?? '').searchParams.get('redirect_uri')).toBe('http://localhost:5173/oauth/callback');
  });
});
