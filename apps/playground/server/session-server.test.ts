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

/** A stand-in for the Vault sessions endpoint on a random local port, recording what it received. */
function startStandInVault(): Promise<{ server: Server; baseUrl: string; seen: SeenRequest[]; status: { code: number } }> {
  const seen: SeenRequest[] = [];
  const status = { code: 201 };
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: raw ? JSON.parse(raw) : undefined });
      res.setHeader('content-type', 'application/json');
      if (status.code !== 201) {
        res.statusCode = status.code;
        // A real 401 can echo request details; the session server must not pass them through.
        res.end(JSON.stringify({ status_code: status.code, error: 'Unauthorized', type_name: 'UnauthorizedError', message: `Bad key ${API_KEY}` }));
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

describe('session server', () => {
  const env = () => ({
    APIDECK_API_KEY: API_KEY,
    APIDECK_APP_ID: 'acme-app',
    APIDECK_CONSUMER_ID: 'acme-user-42',
    APIDECK_BASE_URL: vault.baseUrl,
  });

  it('creates a Vault session with the key and hands only the token and base URL to the browser', async () => {
    const url = await bootSessionServer(env());
    const res = await fetch(`${url}/api/session`, { method: 'POST' });
    const text = await res.text();

    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ token: SESSION_TOKEN, baseUrl: vault.baseUrl });
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
