import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSessionServer } from './session-server.mjs';

const API_KEY = 'sk_live_stand-in-secret-key-0123456789';
const SESSION_TOKEN = 'eyJhbGciOiJub25lIn0.eyJjb25zdW1lcl9pZCI6ImFjbWUtdXNlci0xIn0.sig';

interface SeenRequest {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** A stand-in for the Vault sessions endpoint (and the Connector API's reads) on a random local port, recording what it received. */
function startStandInVault(): Promise<{
  server: Server;
  baseUrl: string;
  seen: SeenRequest[];
  status: { code: number };
}> {
  const seen: SeenRequest[] = [];
  const status = { code: 201 };
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: raw ? JSON.parse(raw) : undefined });
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/connector/')) {
        res.end(JSON.stringify({ status_code: 200, status: 'OK', data: { id: 'salesforce', name: 'Salesforce' } }));
        return;
      }
      if (status.code !== 201) {
        res.statusCode = status.code;
        // A real 401 can echo request details; the session server must not pass them through.
        res.end(
          JSON.stringify({
            status_code: status.code,
            error: 'Unauthorized',
            type_name: 'UnauthorizedError',
            message: `Bad key ${API_KEY}`,
          }),
        );
        return;
      }
      res.statusCode = 201;
      res.end(
        JSON.stringify({
          status_code: 201,
          status: 'Created',
          data: { session_uri: `https://vault.apideck.com/session/${SESSION_TOKEN}`, session_token: SESSION_TOKEN },
        }),
      );
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}`, seen, status });
    });
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

let vault: Awaited<ReturnType<typeof startStandInVault>>;
const sessionServers: Server[] = [];

async function bootSessionServer(env: Record<string, string | undefined>): Promise<string> {
  const logs: string[] = [];
  const server = createSessionServer({ env, log: (line: string) => logs.push(line) });
  sessionServers.push(server);
  return listen(server);
}

beforeAll(async () => {
  vault = await startStandInVault();
});
afterEach(async () => {
  vault.seen.length = 0;
  vault.status.code = 201;
  await Promise.all(sessionServers.splice(0).map(close));
});
afterAll(async () => {
  await close(vault.server);
});

/** The keys of a configured server, its upstream the stand-in. */
const env = () => ({
  APIDECK_API_KEY: API_KEY,
  APIDECK_APP_ID: 'acme-app',
  APIDECK_CONSUMER_ID: 'acme-user-42',
  APIDECK_BASE_URL: vault.baseUrl,
});

describe('session server', () => {
  it('creates a Vault session with the key and hands only the token and base URL to the browser', async () => {
    const url = await bootSessionServer(env());
    const res = await fetch(`${url}/api/session`, { method: 'POST' });
    const text = await res.text();

    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      token: SESSION_TOKEN,
      baseUrl: vault.baseUrl,
      connectorBaseUrl: '/api/apideck',
    });
    expect(res.headers.get('cache-control')).toBe('no-store');

    expect(vault.seen).toHaveLength(1);
    const [upstream] = vault.seen;
    expect(upstream?.method).toBe('POST');
    expect(upstream?.url).toBe('/vault/sessions');
    expect(upstream?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(upstream?.headers['x-apideck-app-id']).toBe('acme-app');
    expect(upstream?.headers['x-apideck-consumer-id']).toBe('acme-user-42');
  });

  it('never puts the API key in the response body or headers', async () => {
    const url = await bootSessionServer(env());
    const res = await fetch(`${url}/api/session`, { method: 'POST' });
    const text = await res.text();
    const headers = JSON.stringify([...res.headers.entries()]);

    expect(text).not.toContain(API_KEY);
    expect(headers).not.toContain(API_KEY);
  });

  it('answers 502 without the upstream error (which may echo the key) when Vault rejects the key', async () => {
    vault.status.code = 401;
    const url = await bootSessionServer(env());
    const res = await fetch(`${url}/api/session`, { method: 'POST' });
    const text = await res.text();

    expect(res.status).toBe(502);
    expect(JSON.parse(text)).toEqual({ error: 'Could not create a Vault session.' });
    expect(text).not.toContain(API_KEY);
  });

  it('answers 503 and calls nothing upstream when the keys are not configured, so the app falls back to the mock', async () => {
    const url = await bootSessionServer({ APIDECK_BASE_URL: vault.baseUrl });
    const res = await fetch(`${url}/api/session`, { method: 'POST' });

    expect(res.status).toBe(503);
    expect(vault.seen).toHaveLength(0);
  });

  it('refuses GET so a cross-site image or link cannot mint a session', async () => {
    const url = await bootSessionServer(env());
    const res = await fetch(`${url}/api/session`);

    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(vault.seen).toHaveLength(0);
  });
});

describe('Connector API proxy', () => {
  /** Boots the server and gets a session token from it, as the playground's page does. */
  async function withSession(): Promise<{ url: string; token: string; connectorBaseUrl: string }> {
    const url = await bootSessionServer(env());
    const session = (await (await fetch(`${url}/api/session`, { method: 'POST' })).json()) as {
      token: string;
      connectorBaseUrl: string;
    };
    vault.seen.length = 0;
    return { url, token: session.token, connectorBaseUrl: session.connectorBaseUrl };
  }

  it('forwards a connector read from a browser holding an issued session, with the key server-side and the Authorization header replaced', async () => {
    const { url, token, connectorBaseUrl } = await withSession();
    const res = await fetch(`${url}${connectorBaseUrl}/connector/connectors/salesforce`, {
      headers: { authorization: `Bearer ${token}` },
    });

    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { id: 'salesforce' } });
    expect(vault.seen).toEqual([
      expect.objectContaining({
        method: 'GET',
        url: '/connector/connectors/salesforce',
        headers: expect.objectContaining({ authorization: `Bearer ${API_KEY}`, 'x-apideck-app-id': 'acme-app' }),
      }),
    ]);
  });

  it('refuses a caller without a session token this server issued, and forwards nothing', async () => {
    const { url } = await withSession();
    const path = `${url}/api/apideck/connector/connectors/salesforce`;

    expect((await fetch(path)).status).toBe(401);
    expect((await fetch(path, { headers: { authorization: 'Bearer forged.token.sig' } })).status).toBe(401);
    expect(vault.seen).toHaveLength(0);
  });

  it('forwards only the allow-listed GET reads: other paths 404, other methods 405, and nothing reaches upstream', async () => {
    const { url, token } = await withSession();
    const headers = { authorization: `Bearer ${token}` };

    expect((await fetch(`${url}/api/apideck/vault/sessions`, { method: 'POST', headers })).status).toBe(404);
    expect((await fetch(`${url}/api/apideck/connector/apis`, { headers })).status).toBe(404);
    expect(
      (await fetch(`${url}/api/apideck/connector/connectors/..%2F..%2Fvault%2Fconnections`, { headers })).status,
    ).toBe(404);
    expect(
      (await fetch(`${url}/api/apideck/connector/connectors/salesforce`, { method: 'DELETE', headers })).status,
    ).toBe(405);
    expect(vault.seen).toHaveLength(0);
  });

  it('answers 503 and forwards nothing when the keys are not configured', async () => {
    const url = await bootSessionServer({ APIDECK_BASE_URL: vault.baseUrl });
    expect((await fetch(`${url}/api/apideck/connector/connectors`)).status).toBe(503);
    expect(vault.seen).toHaveLength(0);
  });
});
