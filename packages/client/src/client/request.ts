import { VaultApiError } from '../errors/VaultApiError.js';
import { VaultNetworkError } from '../errors/VaultNetworkError.js';
import { VaultResponseError } from '../errors/VaultResponseError.js';
import type { paths as ConnectorPaths } from '../generated/connector.js';
import type { paths as VaultPaths } from '../generated/vault.js';

/** Every path of both contracts (they do not overlap: `/vault/…` and `/connector/…`). */
type Paths = VaultPaths & ConnectorPaths;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
/** The paths that declare `method`. */
type PathWith<M extends Method> = {
  [P in keyof Paths]: Paths[P] extends Record<Lowercase<M>, object> ? P : never;
}[keyof Paths];
type Operation<P extends keyof Paths, M extends Method> = Paths[P][Lowercase<M>];
// A markdown operation (a connector doc) answers its text; every other operation answers JSON.
type Json<R> = R extends { content: { 'application/json': infer T } }
  ? T
  : R extends { content: { 'text/markdown': string } }
    ? string
    : undefined;
type Success<O> = O extends { responses: infer R } ? Json<R[Extract<keyof R, 200 | 201 | 204>]> : never;
type Body<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? { body: B }
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? unknown extends B // what `requestBody?: never` infers
      ? { body?: never }
      : { body?: B }
    : { body?: never };
// Headers are left out: the requester sends the session's own on every call.
type Params<O> = O extends { parameters: infer P } ? Omit<P, 'header' | 'cookie'> : never;

/** The path, query and body of one operation, typed from the contract. */
export type RequestInit<P extends keyof Paths, M extends Method> = Params<Operation<P, M>> & Body<Operation<P, M>>;

/** A 2xx answer, with what error messages need to name the call. */
export interface Received<T> {
  description: string;
  status: number;
  body: T | undefined;
}

/** What body a call expects: JSON (every Vault operation) or markdown text (a connector doc). */
export type Expected = 'json' | 'markdown';

/** Sends one contract operation; see `createRequest`. */
export type Requester = <M extends Method, P extends PathWith<M>>(
  method: M,
  path: P,
  init: RequestInit<P, M>,
  signal?: AbortSignal,
  expected?: Expected,
) => Promise<Received<Success<Operation<P, M>>>>;

/**
 * A typed request function over the generated `paths`: fills `{path}` parameters (refusing blanks,
 * which would call a wrong URL), writes the query (deepObject for nested objects, undefined members
 * left out, `%20` for spaces), sends JSON, and classifies every failure where request and response
 * are both in view:
 *
 * - a rejected fetch is `VaultNetworkError`, except an abort, rethrown untouched so TanStack Query
 *   (and any caller) sees the native `AbortError`;
 * - a non-2xx is `VaultApiError` carrying Apideck's body (or the text of a proxy's error page);
 * - a 2xx whose body is not JSON is `VaultResponseError`; an empty body (204) reads as `undefined`.
 *   With `expected: 'markdown'` the 2xx body is returned as text, and an HTML page (a proxy's or
 *   host's fallback page answering 200) is `VaultResponseError`: it is not the doc.
 *
 * `headers()` is read per call (a token swap applies at once) and wins over `extra`. The global
 * `fetch` is looked up per call, so MSW and test doubles installed after the client was created
 * still apply; a custom `fetch` is called unbound because browsers reject `window.fetch` called
 * with a foreign `this`.
 */
export function createRequest(
  baseUrl: string,
  custom: typeof fetch | undefined,
  headers: () => Record<string, string>,
  extra?: Record<string, string>,
): Requester {
  return async (method, path, init, signal, expected = 'json') => {
    const {
      path: params = {},
      query,
      body,
    } = init as {
      path?: Record<string, string>;
      query?: Record<string, unknown>;
      body?: unknown;
    };
    const resolved = path.replace(/{(\w+)}/g, (_, name: string) => {
      const value = params[name];
      // Named as the caller spelled it (`serviceId` for `service_id`). `.` and `..` survive
      // encodeURIComponent and the URL parser folds them away: `crm/..` would call another endpoint.
      if (!value || value === '.' || value === '..')
        throw blank(name.replace(/_(\w)/g, (__, c: string) => c.toUpperCase()));
      return encodeURIComponent(value);
    });
    const description = `${method} ${resolved}`;
    const sent = new Headers(extra);
    for (const [name, value] of Object.entries(headers())) sent.set(name, value);
    if (body !== undefined) sent.set('content-type', 'application/json');
    if (expected === 'markdown') sent.set('accept', 'text/markdown');
    const request = new Request(baseUrl + resolved + toQuery(query), {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });

    let response: Response;
    try {
      response = await (custom ? custom(request) : fetch(request));
    } catch (error) {
      if (request.signal.aborted || (error instanceof Error && /^(Abort|Timeout)Error$/.test(error.name))) throw error;
      throw new VaultNetworkError(description, { cause: error });
    }
    const { ok, status } = response;
    const text = await response.text();
    if (ok && expected === 'markdown') {
      if (/html/i.test(response.headers.get('content-type') ?? ''))
        throw new VaultResponseError(description, { status, body: text, expected: 'a markdown body' });
      return { description, status, body: text as never };
    }
    let parsed: unknown = text || undefined;
    try {
      if (text) parsed = JSON.parse(text);
    } catch (cause) {
      // An error page may be HTML or plain text: VaultApiError keeps it as the body's detail.
      if (ok) throw new VaultResponseError(description, { status, body: text, expected: 'a JSON body', cause });
    }
    if (!ok) {
      throw new VaultApiError({
        status,
        body: parsed,
        retryAfter: response.headers.get('Retry-After'),
        statusText: response.statusText,
      });
    }
    return { description, status, body: parsed as never };
  };
}

/** A `TypeError` for a blank (or dot-segment) required parameter, raised before any request goes out. */
export function blank(name: string): TypeError {
  return new TypeError(`Vault client: \`${name}\` must be a non-empty string other than "." and "..".`);
}

function toQuery(query: Record<string, unknown> = {}): string {
  const pairs: string[] = [];
  const add = (key: string, value: unknown) => {
    if (value !== undefined && value !== null) pairs.push(`${key}=${encodeURIComponent(String(value))}`);
  };
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'object' && value !== null) {
      // A list member repeats its key (`filter[status_codes]=500&filter[status_codes]=502`).
      for (const [member, inner] of Object.entries(value))
        [inner].flat().forEach((item) => add(`${key}[${member}]`, item));
    } else add(key, value);
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}
