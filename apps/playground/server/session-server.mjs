// The playground's only server code: it turns the Apideck API key (which must never reach a browser)
// into a short-lived Vault session token. Plain node:http so it reads as a recipe a host can copy into
// whatever backend it already has. In `pnpm dev:real` Vite mounts `createSessionHandler` as middleware;
// `node server/session-server.mjs` runs it on its own (after `pnpm build`, since Node alone does not
// read the packages' TypeScript sources).
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createSession } from '@integrations-kit/client/server';

export const SESSION_PATH = '/api/session';
const DEFAULT_BASE_URL = 'https://unify.apideck.com';

/**
 * Reads the session settings from an environment object. Returns undefined when any of the three
 * required values is missing, which callers treat as "no real API: use the mock".
 * @param {Record<string, string | undefined>} env
 */
export function readSessionConfig(env) {
  const apiKey = env.APIDECK_API_KEY;
  const appId = env.APIDECK_APP_ID;
  const consumerId = env.APIDECK_CONSUMER_ID;
  if (!apiKey || !appId || !consumerId) return undefined;
  const baseUrl = (env.APIDECK_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');
  return { apiKey, appId, consumerId, baseUrl };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    // A session token is a credential: no shared cache may keep it.
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/**
 * A node:http request handler for `POST /api/session`. It answers `{ token, baseUrl }` and nothing
 * else: not the key, not the session URI, not the upstream error body.
 * @param {{ env?: Record<string, string | undefined>, fetch?: typeof fetch, log?: (message: string) => void }} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => void) => Promise<void>}
 */
export function createSessionHandler(options = {}) {
  const env = options.env ?? process.env;
  const log = options.log ?? ((message) => console.error(message));

  return async (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== SESSION_PATH) {
      if (next) return next();
      return sendJson(res, 404, { error: 'Not found' });
    }
    if (req.method !== 'POST') {
      return sendJson(res, 405, { error: 'Use POST' }, { allow: 'POST' });
    }
    // The body is ignored; draining it keeps keep-alive connections healthy.
    req.resume();

    const config = readSessionConfig(env);
    if (!config) {
      return sendJson(res, 503, {
        error: 'Set APIDECK_API_KEY, APIDECK_APP_ID and APIDECK_CONSUMER_ID to use the real API.',
      });
    }
    try {
      const { sessionToken } = await createSession({ ...config, fetch: options.fetch });
      return sendJson(res, 200, { token: sessionToken, baseUrl: config.baseUrl });
    } catch (error) {
      // Upstream details go to the server log only; the browser learns that it failed, not why.
      log(`[session-server] createSession failed: ${error instanceof Error ? error.message : String(error)}`);
      return sendJson(res, 502, { error: 'Could not create a Vault session.' });
    }
  };
}

/**
 * A standalone server around `createSessionHandler`.
 * @param {Parameters<typeof createSessionHandler>[0]} [options]
 */
export function createSessionServer(options) {
  const handler = createSessionHandler(options);
  return createServer((req, res) => {
    void handler(req, res);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8787);
  createSessionServer().listen(port, '127.0.0.1', () => {
    console.log(`Session server on http://127.0.0.1:${port}${SESSION_PATH}`);
  });
}
