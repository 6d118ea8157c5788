import { decodeSessionToken, VaultApiError, VaultNetworkError, createVaultClient } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures/fixtures.js';
import { createMockSessionToken } from './session/createMockSessionToken.js';
import { setupMockVault } from './test/harness.js';

const { mock, client, call } = setupMockVault();
const ref = { unifiedApi: 'crm', serviceId: 'salesforce' };
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );

describe('sessions', () => {
  it('hands out a token whose claims name the app and consumer', () => {
    expect(decodeSessionToken(mock.token)).toMatchObject({ application_id: 'ik-demo-app', consumer_id: 'acme-user-1' });
    expect(decodeSessionToken(mock.token).exp).toBeGreaterThan(Date.now() / 1000 + 3600);
  });

  it.each([
    ['a missing bearer', { Authorization: '' }, 'Missing authentication'],
    ['a malformed bearer', { Authorization: 'Bearer abc.def' }, 'Invalid session token'],
    [
      'an expired session',
      {
        Authorization: `Bearer ${createMockSessionToken({ appId: 'ik-demo-app', consumerId: 'acme-user-1', expiresIn: -1 })}`,
      },
      'Session token expired',
    ],
    [
      'a session of another app',
      { Authorization: `Bearer ${createMockSessionToken({ appId: 'other-app', consumerId: 'acme-user-1' })}` },
      'Session token belongs to another application',
    ],
    [
      'a session of another consumer',
      { Authorization: `Bearer ${createMockSessionToken({ appId: 'ik-demo-app', consumerId: 'someone-else' })}` },
      'Session token belongs to another consumer',
    ],
    [
      'an x-apideck-app-id that does not match',
      { 'x-apideck-app-id': 'other-app' },
      'x-apideck-app-id does not match the session',
    ],
    [
      'an x-apideck-consumer-id that does not match',
      { 'x-apideck-consumer-id': 'someone-else' },
      'x-apideck-consumer-id does not match the session',
    ],
  ])('answers 401 for %s', async (_what, headers, detail) => {
    const response = await call('/vault/connections/crm/salesforce', { headers });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      status_code: 401,
      error: 'Unauthorized',
      type_name: 'UnauthorizedError',
      message: 'Unauthorized Request',
      detail,
      ref: 'https://developers.apideck.com/errors#unauthorizederror',
    });
  });

  it('answers 400 when x-apideck-app-id is missing', async () => {
    expect((await call('/connector/connectors', { headers: { 'x-apideck-app-id': '' } })).status).toBe(400);
  });

  it('reaches the client as a VaultApiError 401 for an expired session', async () => {
    const expired = createVaultClient({
      token: createMockSessionToken({ appId: mock.appId, consumerId: mock.consumerId, expiresIn: -5 }),
      baseUrl: mock.baseUrl,
    });
    const error = await failure(expired.connections.list());
    expect(error).toBeInstanceOf(VaultApiError);
    expect((error as VaultApiError).status).toBe(401);
  });
});

describe('fail()', () => {
  it('fails the next matching request with an Apideck body, then answers normally again', async () => {
    mock.fail({ method: 'GET', path: '/vault/connections/crm/salesforce', status: 503 });
    const error = (await failure(client.connections.get(ref))) as VaultApiError;
    expect([error.status, error.body.type_name, error.body.status_code]).toEqual([503, 'UnexpectedError', 503]);
    expect((await client.connections.get(ref)).id).toBe('crm+salesforce');
  });

  it('honours times, method, RegExp paths, a custom body and headers', async () => {
    mock.fail({
      method: 'PATCH',
      path: /^\/vault\/connections\/crm\//,
      status: 429,
      times: 2,
      headers: { 'Retry-After': '7' },
      body: { status_code: 429, message: 'Slow down' },
    });
    expect((await client.connections.get(ref)).id).toBe('crm+salesforce');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const error = (await failure(
        client.connections.update({ ...ref, connection: { enabled: false } }),
      )) as VaultApiError;
      expect([error.status, error.retryAfter, error.body.message]).toEqual([429, 7, 'Slow down']);
    }
    expect((await client.connections.update({ ...ref, connection: { enabled: false } })).enabled).toBe(false);
  });

  it('simulates a dropped network', async () => {
    mock.fail({ path: '/vault/connections', network: true });
    expect(await failure(client.connections.list())).toBeInstanceOf(VaultNetworkError);
  });

  it('needs a status or network', () => {
    expect(() => mock.fail({ path: '/x' })).toThrow(TypeError);
  });
});

describe('inspection and reset', () => {
  it('records every request with lower-cased headers and the parsed body', async () => {
    await client.connections.update({ ...ref, connection: { settings: { sandbox: true } } });
    expect(mock.requests.at(-1)).toMatchObject({
      method: 'PATCH',
      path: '/vault/connections/crm/salesforce',
      url: 'https://unify.apideck.com/vault/connections/crm/salesforce',
      headers: {
        authorization: `Bearer ${mock.token}`,
        'x-apideck-app-id': 'ik-demo-app',
        'x-apideck-consumer-id': 'acme-user-1',
        'x-apideck-auth-type': 'JWT',
      },
      body: { settings: { sandbox: true } },
    });
  });

  it('reset() restores the fixtures and clears the log, faults and spent confirm tokens', async () => {
    await client.connections.delete(ref);
    mock.fail({ path: '/vault/connections', status: 500 });
    mock.reset();
    expect(mock.requests).toEqual([]);
    expect((await client.connections.list()).length).toBe(fixtures.connections.length);
    expect(await client.connections.get(ref)).toMatchObject({
      state: 'callable',
      settings: { instance_url: 'https://acme.my.salesforce.com' },
    });
  });

  it('getConnection shows stored secrets; setConnection adds or replaces a connection', async () => {
    expect(mock.getConnection('hris', 'hibob')?.settings).toMatchObject({ token: 'bob_tok_55aa' });
    expect((await client.connections.get({ unifiedApi: 'hris', serviceId: 'hibob' })).settings).not.toHaveProperty(
      'token',
    );
    mock.setConnection({
      ...fixtures.connections[0],
      unified_api: 'crm',
      service_id: 'acme-crm',
      name: 'Acme CRM',
      state: 'available',
      enabled: false,
    });
    expect(await client.connections.get({ unifiedApi: 'crm', serviceId: 'acme-crm' })).toMatchObject({
      id: 'crm+acme-crm',
      name: 'Acme CRM',
      state: 'available',
    });
    expect(mock.getConnection('crm', 'nope')).toBeUndefined();
  });

  it('authorize() and revoke() apply consent decisions directly', async () => {
    expect(mock.authorize('issue-tracking', 'linear')).toBe(true);
    expect(mock.getConnection('issue-tracking', 'linear')).toMatchObject({ state: 'callable' });
    expect(mock.revoke('issue-tracking', 'linear')).toBe(true);
    expect(mock.getConnection('issue-tracking', 'linear')).toMatchObject({ state: 'added', health: 'needs_auth' });
    expect(mock.revoke('crm', 'nope')).toBe(false);
  });

  it('setConnection derives state and health when they are left out, and reads values from form fields', async () => {
    const close = mock.getConnection('crm', 'close');
    const { state: _state, health: _health, ...rest } = close ?? {};
    mock.setConnection({
      ...rest,
      enabled: true,
      settings: {},
      form_fields: (close?.form_fields ?? []).map((field) =>
        field.id === 'api_key' ? { ...field, value: 'k' } : field,
      ),
    });
    expect(mock.getConnection('crm', 'close')).toMatchObject({
      state: 'callable',
      health: 'ok',
      settings: { api_key: 'k' },
    });
  });
});
