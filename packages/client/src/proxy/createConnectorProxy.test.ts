import { describe, expect, it, vi } from 'vitest';
import { createVaultClient, VaultApiError } from '../index.js';
import { setupVaultServer } from '../test/setupVaultServer.js';
import { createConnectorProxy, type ConnectorProxyOptions } from './createConnectorProxy.js';

// The live Connector API may refuse the browser's session token; the proxy's API key must get through.
const { mock } = setupVaultServer({ connectorSessionToken: 'refuse', apiKey: 'server-side-key' });

const HOST = 'https://app.example.test';

/** A proxy mounted at `/api/apideck` whose upstream is a recording stub answering `{ data: {} }`. */
function stubbedProxy(overrides: Partial<ConnectorProxyOptions> = {}) {
  const upstream = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
    Response.json({ data: {} }, { headers: { 'set-cookie': 'upstream=1' } }),
  );
  const proxy = createConnectorProxy({
    apiKey: 'server-side-key',
    appId: mock.appId,
    basePath: '/api/apideck',
    authorize: () => true,
    fetch: upstream as typeof fetch,
    ...overrides,
  });
  const sent = () =>
    upstream.mock.calls.map(([url, init]) => ({ url: String(url), headers: new Headers(init?.headers) }));
  return { proxy, upstream, sent };
}

const get = (path: string, init?: RequestInit) => new Request(`${HOST}${path}`, init);

/** A client whose Connector API calls go through a proxy at `/api/apideck` in front of the mock. */
function proxiedClient(authorize: ConnectorProxyOptions['authorize']) {
  const proxy = createConnectorProxy({
    apiKey: mock.apiKey,
    appId: mock.appId,
    baseUrl: mock.baseUrl,
    basePath: '/api/apideck',
    authorize,
  });
  return createVaultClient({
    token: mock.token,
    baseUrl: mock.baseUrl,
    connectorBaseUrl: `${HOST}/api/apideck`,
    // The browser's fetch: the host's own origin reaches its proxy, everything else the network.
    fetch: (input) => (String((input as Request).url).startsWith(HOST) ? proxy(input as Request) : fetch(input)),
  });
}

describe('createConnectorProxy', () => {
  it('forwards the catalog and a connector with the API key and app id, and only the catalog query', async () => {
    const { proxy, sent } = stubbedProxy();
    const browser = { authorization: `Bearer ${mock.token}`, cookie: 'session=abc', 'x-apideck-app-id': 'forged' };
    const list = await proxy(
      get('/api/apideck/connector/connectors?limit=5&filter[unified_api]=crm&raw=true&_method=DELETE', {
        headers: browser,
      }),
    );
    const one = await proxy(get('/api/apideck/connector/connectors/salesforce', { headers: browser }));

    expect([list.status, one.status]).toEqual([200, 200]);
    expect(list.headers.get('set-cookie')).toBeNull();
    expect(await one.json()).toEqual({ data: {} });
    const [first, second] = sent();
    expect(decodeURIComponent(first?.url ?? '')).toBe(
      'https://unify.apideck.com/connector/connectors?limit=5&filter[unified_api]=crm',
    );
    expect(second?.url).toBe('https://unify.apideck.com/connector/connectors/salesforce');
    for (const request of sent()) {
      expect(Object.fromEntries(request.headers)).toEqual({
        accept: 'application/json',
        authorization: 'Bearer server-side-key',
        'x-apideck-app-id': mock.appId,
      });
    }
  });

  it.each([
    '/api/apideck/vault/connections',
    '/api/apideck/vault/sessions',
    '/api/apideck/connector/apis',
    '/api/apideck/connector/connectors/salesforce/resources/leads',
    '/api/apideck/connector/connectors/salesforce/docs',
    '/api/apideck/connector/connectors/salesforce/docs/consumer+connection/more',
    '/api/apideck/connector/connectors/salesforce/docs/..%2F..%2Fvault',
    '/api/apideck/connector/connectors/salesforce/docs/%E0%A4%A',
    '/api/apideck/connector/connectors/',
    '/connector/connectors',
    '/api/apideckconnector/connectors',
  ])('refuses %s with 404 and forwards nothing', async (path) => {
    const { proxy, upstream } = stubbedProxy();
    const answer = await proxy(get(path));
    expect(answer.status).toBe(404);
    expect(await answer.json()).toMatchObject({ status_code: 404 });
    expect(upstream).not.toHaveBeenCalled();
  });

  it.each([
    '/api/apideck/connector/connectors/../../vault/sessions',
    '/api/apideck/connector/connectors/%2e%2e/%2e%2e/vault/sessions',
    '/api/apideck/connector/connectors/..%2F..%2Fvault%2Fsessions',
    '/api/apideck/connector/connectors/salesforce%2F..%2F..%2Fvault',
    '/api/apideck/../../vault/connections',
  ])('keeps a traversal inside the allow-list: %s is refused', async (path) => {
    const { proxy, upstream } = stubbedProxy();
    expect((await proxy(get(path))).status).toBe(404);
    expect(upstream).not.toHaveBeenCalled();
  });

  it.each(['POST', 'PATCH', 'DELETE', 'PUT', 'HEAD'])('refuses %s with 405 and Allow: GET', async (method) => {
    const { proxy, upstream } = stubbedProxy();
    const answer = await proxy(get('/api/apideck/connector/connectors/salesforce', { method }));
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET');
    expect(upstream).not.toHaveBeenCalled();
  });

  it('asks authorize first: false answers 401, a Response is sent as it is, and nothing is forwarded', async () => {
    const authorize = vi.fn((request: Request) => request.headers.get('authorization') === `Bearer ${mock.token}`);
    const { proxy, upstream } = stubbedProxy({ authorize });
    expect((await proxy(get('/api/apideck/connector/connectors'))).status).toBe(401);
    expect(authorize).toHaveBeenCalledTimes(1);
    expect(upstream).not.toHaveBeenCalled();

    const allowed = await proxy(
      get('/api/apideck/connector/connectors', { headers: { authorization: `Bearer ${mock.token}` } }),
    );
    expect(allowed.status).toBe(200);
    expect(upstream).toHaveBeenCalledTimes(1);

    const custom = stubbedProxy({ authorize: async () => new Response('go away', { status: 403 }) });
    const refused = await custom.proxy(get('/api/apideck/connector/connectors'));
    expect([refused.status, await refused.text()]).toEqual([403, 'go away']);
    expect(custom.upstream).not.toHaveBeenCalled();
  });

  it('answers 502 when the Connector API cannot be reached', async () => {
    const { proxy } = stubbedProxy({ fetch: async () => Promise.reject(new TypeError('fetch failed')) });
    const answer = await proxy(get('/api/apideck/connector/connectors'));
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({ status_code: 502 });
  });

  it('lets the kit read the catalog through it while the Connector API refuses the session token', async () => {
    const proxied = proxiedClient((request) => request.headers.get('authorization') === `Bearer ${mock.token}`);
    const direct = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });

    await expect(direct.connectors.get('salesforce')).rejects.toSatisfy(
      (error) => error instanceof VaultApiError && error.status === 401,
    );
    await expect(proxied.connectors.get('salesforce')).resolves.toMatchObject({ id: 'salesforce' });
    const page = await proxied.connectors.list({ limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));
    expect(await proxied.connections.list()).not.toHaveLength(0);
    const upstream = mock.requests.filter((request) => request.path.startsWith('/connector/'));
    expect(upstream.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${mock.token}`,
      `Bearer ${mock.apiKey}`,
      `Bearer ${mock.apiKey}`,
    ]);
  });

  it("forwards a connector's doc, so the consumer guide reads through it as markdown", async () => {
    const proxied = proxiedClient(() => true);

    await expect(proxied.connectors.doc('bamboohr', 'consumer+connection')).resolves.toMatch(/^# Connect BambooHR/);
    const [upstream] = mock.requests;
    expect(upstream).toMatchObject({ path: '/connector/connectors/bamboohr/docs/consumer%2Bconnection' });
    expect(upstream?.headers).toMatchObject({ authorization: `Bearer ${mock.apiKey}`, accept: 'text/markdown' });
  });

  it('answers a doc as markdown whatever upstream labels it, with nosniff and a sandboxing policy', async () => {
    const { proxy } = stubbedProxy({
      fetch: async () => new Response('<script>alert(1)</script>', { headers: { 'content-type': 'text/html' } }),
    });
    const doc = await proxy(get('/api/apideck/connector/connectors/bamboohr/docs/consumer+connection'));
    expect(Object.fromEntries(doc.headers)).toEqual({
      'content-type': 'text/markdown; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
    });
  });

  it('guards every answer, forwarded or refused, with nosniff and a sandboxing policy', async () => {
    const { proxy } = stubbedProxy();
    const answers = [
      await proxy(get('/api/apideck/connector/connectors/salesforce')),
      await proxy(get('/api/apideck/vault/connections')),
      await proxy(get('/api/apideck/connector/connectors', { method: 'POST' })),
      await stubbedProxy({ authorize: () => false }).proxy(get('/api/apideck/connector/connectors')),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 404, 405, 401]);
    for (const answer of answers) {
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    }
    expect(answers[0]?.headers.get('content-type')).toBe('application/json');
  });
});
