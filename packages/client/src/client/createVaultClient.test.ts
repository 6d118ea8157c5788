import { createMockSessionToken } from '@integrations-kit/mocks';
import { describe, expect, it } from 'vitest';
import { createVaultClient, VaultApiError } from '../index.js';
import { setupVaultServer } from '../test/setupVaultServer.js';

const { mock, createClient, onlyRequest } = setupVaultServer();

// Created before the MSW server listens: the client must look `fetch` up per call to be intercepted.
const earlyClient = createVaultClient({ token: mock.token });

const token = (claims: { appId?: string; consumerId?: string }) =>
  `e30.${Buffer.from(JSON.stringify({ application_id: claims.appId, consumer_id: claims.consumerId })).toString('base64url')}.sig`;

describe('createVaultClient', () => {
  it('reads app and consumer ids from the session token and defaults the base URL', () => {
    const client = createVaultClient({ token: mock.token });
    expect(client.appId).toBe('ik-demo-app');
    expect(client.consumerId).toBe('acme-user-1');
    expect(client.baseUrl).toBe('https://unify.apideck.com');
  });

  it('prefers explicit ids over the token claims', () => {
    const client = createVaultClient({ token: mock.token, appId: 'other-app', consumerId: 'other-user' });
    expect([client.appId, client.consumerId]).toEqual(['other-app', 'other-user']);
  });

  it('explains what is missing when neither the options nor the token carry the ids', () => {
    expect(() => createVaultClient({ token: 'opaque-session-token' })).toThrow(
      'createVaultClient: missing `appId` (token claim `application_id`) and `consumerId` (token claim `consumer_id`). Pass it in the options or use a session token that carries the claim.',
    );
    expect(() => createVaultClient({ token: token({ appId: 'a' }) })).toThrow(
      /missing `consumerId` \(token claim `consumer_id`\)\./,
    );
    expect(createVaultClient({ token: token({ appId: 'a' }), consumerId: 'c' }).consumerId).toBe('c');
    expect(() => createVaultClient({ token: '' })).toThrow(/`token` is required/);
  });

  it('sends the session headers, the JWT auth type and extra headers on every call', async () => {
    const client = createClient({ headers: { 'x-request-source': 'tests' } });
    await client.connections.list();
    await client.connectors.list();
    expect(mock.requests.map((r) => r.path)).toEqual(['/vault/connections', '/connector/connectors']);
    for (const { headers } of mock.requests) {
      expect(headers).toMatchObject({
        authorization: `Bearer ${mock.token}`,
        'x-apideck-app-id': 'ik-demo-app',
        'x-apideck-consumer-id': 'acme-user-1',
        'x-apideck-auth-type': 'JWT',
        'x-request-source': 'tests',
      });
    }
  });

  it('never lets extra headers replace the session headers', async () => {
    await createClient({
      headers: { Authorization: 'Bearer forged', 'x-apideck-app-id': 'forged' },
    }).connections.list();
    expect(onlyRequest().headers).toMatchObject({
      authorization: `Bearer ${mock.token}`,
      'x-apideck-app-id': 'ik-demo-app',
    });
  });

  it('setToken swaps the bearer token and re-reads the ids', async () => {
    const client = createClient();
    const fresh = createMockSessionToken({ appId: 'ik-demo-app', consumerId: 'acme-user-1', expiresIn: 7200 });
    client.setToken(fresh);
    await client.connections.list();
    expect(onlyRequest().headers.authorization).toBe(`Bearer ${fresh}`);

    client.setToken(createMockSessionToken({ appId: 'ik-demo-app', consumerId: 'someone-else' }));
    expect(client.consumerId).toBe('someone-else');
    expect(() => client.setToken('opaque')).toThrow(/missing `appId`/);
  });

  it('turns an expired session into a readable 401', async () => {
    const client = createClient({
      token: createMockSessionToken({ appId: 'ik-demo-app', consumerId: 'acme-user-1', expiresIn: -60 }),
    });
    const error = await client.connections.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultApiError);
    expect((error as VaultApiError).status).toBe(401);
    expect((error as VaultApiError).message).toBe('Unauthorized (401): Unauthorized Request. Session token expired.');
  });

  it('is intercepted even when created before the mock started', async () => {
    await expect(earlyClient.connections.get({ unifiedApi: 'crm', serviceId: 'salesforce' })).resolves.toMatchObject({
      id: 'crm+salesforce',
    });
  });

  it('uses a custom fetch and trims a trailing slash from the base URL', async () => {
    const urls: string[] = [];
    const client = createClient({
      baseUrl: 'https://unify.apideck.com/',
      fetch: (input, init) => {
        urls.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await client.connections.list({ api: 'crm' });
    expect(urls).toEqual(['https://unify.apideck.com/vault/connections?api=crm']);
    expect(mock.requests).toHaveLength(1);
  });

  it('sends connector calls to connectorBaseUrl and Vault calls still to baseUrl', async () => {
    const proxy = 'https://app.example.test/api/apideck';
    const urls: string[] = [];
    const client = createClient({
      connectorBaseUrl: `${proxy}/`,
      // Stands in for the host's proxy: records where the client called, then lets the mock answer.
      fetch: (input) => {
        const request = input as Request;
        urls.push(request.url);
        return fetch(new Request(request.url.replace(proxy, mock.baseUrl), request));
      },
    });
    expect(client.connectorBaseUrl).toBe(proxy);
    await client.connectors.list({ limit: 2 });
    await client.connectors.get('salesforce');
    await client.connections.list();
    expect(urls).toEqual([
      `${proxy}/connector/connectors?limit=2`,
      `${proxy}/connector/connectors/salesforce`,
      `${mock.baseUrl}/vault/connections`,
    ]);
    // The proxy receives the session headers too, so its authorize hook can check the caller.
    expect(mock.requests[0]?.headers.authorization).toBe(`Bearer ${mock.token}`);
  });

  it('sends connector calls to baseUrl when no connectorBaseUrl is given', () => {
    expect(createClient({ baseUrl: 'https://eu.example.test/' }).connectorBaseUrl).toBe('https://eu.example.test');
  });

  it('refuses blank path parameters instead of calling a wrong URL', async () => {
    const client = createClient();
    await expect(client.connections.get({ unifiedApi: 'crm', serviceId: '' })).rejects.toThrow(
      '`serviceId` must be a non-empty string',
    );
    expect(mock.requests).toHaveLength(0);
  });
});
