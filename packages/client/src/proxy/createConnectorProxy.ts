import { DEFAULT_BASE_URL, trimBaseUrl } from '../client/baseUrl.js';

/** Options of `createConnectorProxy`. */
export interface ConnectorProxyOptions {
  /** Your Apideck API key. It stays on the server: the proxy adds it to the upstream request. */
  apiKey: string;
  /** Your Unify application id, sent as `x-apideck-app-id`. */
  appId: string;
  /**
   * Decides whether the caller may use the proxy, e.g. by checking your own session cookie or the
   * Vault session token the kit sends as `Authorization: Bearer …`. Return `true` to forward,
   * `false` to answer 401, or a `Response` to answer with it.
   */
  authorize: (request: Request) => boolean | Response | Promise<boolean | Response>;
  /** The path the proxy is mounted under (`/api/apideck`); the kit's `connectorBaseUrl` ends with it. Defaults to none. */
  basePath?: string;
  /** The Apideck API the proxy calls. Defaults to `https://unify.apideck.com`. */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
}

/** A Fetch API request handler: a Next.js route handler, or any server that speaks `Request`/`Response`. */
export type FetchHandler = (request: Request) => Promise<Response>;

// The Connector API reads the kit makes, and the query each may carry; nothing else is forwarded.
const CATALOG = '/connector/connectors';
const CATALOG_QUERY = new Set(['cursor', 'limit', 'filter[unified_api]', 'filter[status]']);
// A service id as Apideck spells them (`salesforce`, `microsoft-dynamics`, `google_drive`).
const SERVICE_ID = /^[A-Za-z0-9][\w.-]*$/;
// A doc id as the catalog lists them (`consumer+connection`), checked decoded: no slash, no escape.
const DOC_ID = /^[A-Za-z0-9][\w.+-]*$/;
// Upstream headers worth handing back; cookies and the like stay behind.
const ANSWER_HEADERS = ['content-type', 'retry-after'];
// Every answer is served from the host's own origin: no browser may sniff it into a script or
// page, and opened directly it renders sandboxed with nothing loaded.
const GUARD_HEADERS = { 'x-content-type-options': 'nosniff', 'content-security-policy': "sandbox; default-src 'none'" };

/**
 * A server-side handler that forwards the kit's Connector API reads (`GET /connector/connectors`,
 * `GET /connector/connectors/{id}` and a connector's doc, `GET /connector/connectors/{id}/docs/{doc_id}`)
 * to Apideck with your API key, for browsers whose Vault session token the Connector API may refuse.
 * Point the kit's `connectorBaseUrl` at where it is mounted.
 *
 * Only those GET paths are forwarded (anything else is 404, another method 405), with only the
 * catalog's own query parameters; the browser's headers, its `Authorization` included, never reach
 * Apideck. `authorize` runs before anything is forwarded. Its answers carry `nosniff` and a
 * sandboxing `content-security-policy`, and a doc is always `text/markdown`.
 *
 * @example
 * // app/api/apideck/[...path]/route.ts (Next.js App Router)
 * export const GET = createConnectorProxy({
 *   apiKey: process.env.APIDECK_API_KEY!,
 *   appId: process.env.APIDECK_APP_ID!,
 *   basePath: '/api/apideck',
 *   authorize: async (request) => Boolean(await getUser(request)),
 * });
 */
export function createConnectorProxy(options: ConnectorProxyOptions): FetchHandler {
  const basePath = trimBaseUrl(options.basePath ?? '');
  const upstream = trimBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  return async (request) => {
    // `Request.url` is parsed by the WHATWG URL rules, so `..` and `%2e%2e` segments are already resolved.
    const url = new URL(request.url);
    const target = url.pathname.startsWith(`${basePath}/`)
      ? forwardedPath(url.pathname.slice(basePath.length), url.searchParams)
      : undefined;
    if (!target) return refuse(404, 'Not Found', 'The proxy forwards only the Connector API reads the kit makes.');
    if (request.method !== 'GET')
      return refuse(405, 'Method Not Allowed', 'The proxy forwards GET requests only.', { allow: 'GET' });

    const verdict = await options.authorize(request);
    if (verdict instanceof Response) return verdict;
    if (verdict !== true) return refuse(401, 'Unauthorized', 'The caller may not use the Connector API proxy.');

    const send = options.fetch ?? fetch;
    let answer: Response;
    try {
      answer = await send(upstream + target, {
        headers: {
          accept: target.includes('/docs/') ? 'text/markdown' : 'application/json',
          authorization: `Bearer ${options.apiKey}`,
          'x-apideck-app-id': options.appId,
        },
        signal: request.signal,
      });
    } catch {
      return refuse(502, 'Bad Gateway', 'The Connector API could not be reached.');
    }
    const headers = new Headers(GUARD_HEADERS);
    for (const name of ANSWER_HEADERS) {
      const value = answer.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    // A doc is markdown whatever upstream labels it: never `text/html` on the host's origin.
    if (target.includes('/docs/')) headers.set('content-type', 'text/markdown; charset=utf-8');
    // A 204 or 304 has no body, and `Response` refuses one for them.
    return new Response(answer.body === null ? null : await answer.arrayBuffer(), { status: answer.status, headers });
  };
}

/** The upstream path and query for an allowed read, or `undefined` for anything else. */
function forwardedPath(path: string, query: URLSearchParams): string | undefined {
  if (path === CATALOG) {
    const kept = new URLSearchParams();
    for (const [key, value] of query) if (CATALOG_QUERY.has(key)) kept.append(key, value);
    const search = kept.toString();
    return search ? `${CATALOG}?${search}` : CATALOG;
  }
  const [id, docs, docId, ...rest] = path.startsWith(`${CATALOG}/`) ? path.slice(CATALOG.length + 1).split('/') : [];
  if (id === undefined || !SERVICE_ID.test(id) || rest.length > 0) return undefined;
  if (docs === undefined) return `${CATALOG}/${id}`;
  const doc = docs === 'docs' && docId !== undefined ? decodedSegment(docId) : undefined;
  return doc !== undefined && DOC_ID.test(doc) ? `${CATALOG}/${id}/docs/${encodeURIComponent(doc)}` : undefined;
}

/** A path segment decoded, or `undefined` when its escapes are malformed. */
function decodedSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Apideck's error body, so the kit's client reads the refusal like any API error. */
function refuse(status: number, error: string, message: string, extra: Record<string, string> = {}): Response {
  return Response.json(
    { status_code: status, error, type_name: `${error.replace(/ /g, '')}Error`, message },
    { status, headers: { ...GUARD_HEADERS, ...extra } },
  );
}
