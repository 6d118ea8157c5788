// The playground's only server code: it turns the Apideck API key (which must never reach a browser)
// into a short-lived Vault session token, and forwards the kit's Connector API reads with that key
// (the Connector API is not documented to accept a Vault session token). Plain node:http so it reads as a recipe a host can copy into
// whatever backend it already has. In `pnpm dev:real` Vite mounts `createSessionHandler` as middleware;
// `node server/session-server.mjs` runs it on its own (after `pnpm build`, since Node alone does not
// read the packages' TypeScript sources).
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createConnectorProxy, createSession, toNodeHandler } from '@integrations-kit/client/server';

export const SESSION_PATH = '/api/session';
/** Where the Connector API proxy is mounted; the browser's `connectorBaseUrl`. */
export const CONNECTOR_PROXY_PATH = '/api/apideck';
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
 * A node:http request handler for `POST /api/session` and the Connector API proxy under
 * `/api/apideck`. The session answer is `{ token, baseUrl, connectorBaseUrl }` and nothing else: not
 * the key, not the session URI, not the upstream error body. The proxy serves only callers holding a
 * session token this server issued.
 * @param {{ env?: Record<string, string | undefined>, fetch?: typeof fetch, log?: (message: string) => void }} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => void) => Promise<void>}
 */
export function createSessionHandler(options = {}) {
  const env = options.env ?? process.env;
  const log = options.log ?? ((message) => console.error(message));
  // Tokens this process handed out; the proxy's authorize hook accepts only these.
  const issued = new Set();
  /** @type {ReturnType<typeof toNodeHandler> | undefined} */
  let proxy;

  return async (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith(`${CONNECTOR_PROXY_PATH}/`)) {
      const config = readSessionConfig(env);
      if (!config) return sendJson(res, 503, { error: 'The Connector API proxy needs the same keys as the session.' });
      proxy ??= toNodeHandler(
        createConnectorProxy({
          apiKey: config.apiKey,
          appId: config.appId,
          baseUrl: config.baseUrl,
          basePath: CONNECTOR_PROXY_PATH,
          fetch: options.fetch,
          authorize: (request) => issued.has(/^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1]),
        }),
      );
      return proxy(req, res);
    }
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
      issued.add(sessionToken);
      return sendJson(res, 200, {
        token: sessionToken,
        baseUrl: config.baseUrl,
        connectorBaseUrl: CONNECTOR_PROXY_PATH,
      });
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
