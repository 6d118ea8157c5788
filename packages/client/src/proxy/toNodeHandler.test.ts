import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConnectorProxy } from './createConnectorProxy.js';
import { toNodeHandler } from './toNodeHandler.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves `listener` on a free port with node:http (no request interception in this file). */
async function serve(listener: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(listener);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A raw request, so the path reaches the server exactly as written (`..` included). */
function send(host: string, path: string, method = 'GET', headers: Record<string, string> = {}) {
  const [hostname, port] = host.split(':');
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject).end();
  });
}

function stubbedProxy() {
  const upstream = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
    Response.json({ data: { id: 'salesforce' } }),
  );
  const authorize = vi.fn((request: Request) => request.headers.get('cookie') === 'session=ok');
  const proxy = createConnectorProxy({
    apiKey: 'key',
    appId: 'app',
    basePath: '/api/apideck',
    authorize,
    fetch: upstream as typeof fetch,
  });
  return { proxy, upstream, authorize };
}

describe('toNodeHandler', () => {
  it("serves the proxy on node:http: the caller's cookie reaches authorize, the answer comes back", async () => {
    const { proxy, upstream } = stubbedProxy();
    const host = await serve(toNodeHandler(proxy));

    const answer = await send(host, '/api/apideck/connector/connectors/salesforce', 'GET', {
      cookie: 'session=ok',
      authorization: 'Bearer browser',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(answer.body)).toEqual({ data: { id: 'salesforce' } });
    expect(String(upstream.mock.calls[0]?.[0])).toBe('https://unify.apideck.com/connector/connectors/salesforce');
    expect(new Headers(upstream.mock.calls[0]?.[1]?.headers).get('authorization')).toBe('Bearer key');

    expect((await send(host, '/api/apideck/connector/connectors/salesforce')).status).toBe(401);
    expect(
      (await send(host, '/api/apideck/connector/connectors/salesforce', 'POST', { cookie: 'session=ok' })).status,
    ).toBe(405);
    expect(
      (await send(host, '/api/apideck/connector/connectors/../../../vault/sessions', 'GET', { cookie: 'session=ok' }))
        .status,
    ).toBe(404);
    expect(upstream).toHaveBeenCalledTimes(1);
  });

  it("reads Express's originalUrl when the handler is mounted under a path", async () => {
    const { proxy, upstream } = stubbedProxy();
    const handler = toNodeHandler(proxy);
    // What Express hands a handler mounted with app.use('/api/apideck', …): `url` relative to the mount.
    const host = await serve((req, res) => {
      const mounted = Object.assign(req, { originalUrl: req.url, url: req.url?.replace('/api/apideck', '') });
      void handler(mounted, res);
    });

    expect(
      (await send(host, '/api/apideck/connector/connectors?limit=3', 'GET', { cookie: 'session=ok' })).status,
    ).toBe(200);
    expect(String(upstream.mock.calls[0]?.[0])).toBe('https://unify.apideck.com/connector/connectors?limit=3');
  });

  it('answers 400 to a method a Fetch Request cannot carry', async () => {
    const { proxy, upstream } = stubbedProxy();
    const host = await serve(toNodeHandler(proxy));
    expect((await send(host, '/api/apideck/connector/connectors', 'TRACE', { cookie: 'session=ok' })).status).toBe(400);
    expect(upstream).not.toHaveBeenCalled();
  });
});
