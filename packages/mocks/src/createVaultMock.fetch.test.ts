import { VaultApiError, VaultNetworkError, createVaultClient } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { createVaultMock } from './createVaultMock.js';

// No MSW server is listening in this file: `mock.fetch` answers on its own.
const setup = () => {
  const mock = createVaultMock();
  const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl, fetch: mock.fetch });
  return { mock, client };
};
const ref = { unifiedApi: 'crm', serviceId: 'pipedrive' };
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );

describe('mock.fetch (the mock without request interception)', () => {
  it('answers the client from the mock state and keeps what it writes', async () => {
    const { mock, client } = setup();
    expect((await client.connections.list()).length).toBeGreaterThan(10);

    await client.connections.update({ ...ref, connection: { enabled: false } });
    expect(mock.getConnection('crm', 'pipedrive')?.enabled).toBe(false);
    expect((await client.connections.get(ref)).enabled).toBe(false);
    expect(mock.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /vault/connections',
      'PATCH /vault/connections/crm/pipedrive',
      'GET /vault/connections/crm/pipedrive',
    ]);
  });

  it('answers injected faults: an Apideck error, and a network error as a rejected fetch', async () => {
    const { mock, client } = setup();
    mock.fail({ path: '/vault/connections', status: 503, headers: { 'Retry-After': '7' } });
    const refused = await failure(client.connections.list());
    expect(refused).toBeInstanceOf(VaultApiError);
    expect(refused).toMatchObject({ status: 503, retryAfter: 7 });

    mock.fail({ path: '/vault/connections', network: true });
    const dropped = await failure(client.connections.list());
    expect(dropped).toBeInstanceOf(VaultNetworkError);
    expect((dropped as Error).message).toContain('simulated network error');
    // Each fault was for one request: the next one is answered.
    expect((await client.connections.list()).length).toBeGreaterThan(10);
  });

  it('rejects a URL it does not serve with a message naming the base URL it does', async () => {
    const { mock } = setup();
    await expect(mock.fetch('https://elsewhere.example.com/vault/connections')).rejects.toThrow(
      'Mock Vault: nothing answers GET https://elsewhere.example.com/vault/connections; the mock serves https://unify.apideck.com.',
    );
  });
});
