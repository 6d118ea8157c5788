import type { Connector } from '@integrations-kit/client';
import type { HttpHandler } from 'msw';
import { badRequest, errorResponse } from '../http/apideckError.js';
import { ok } from '../http/ok.js';
import { connectorDocMarkdown } from '../fixtures/connectorDocs.js';
import { authenticateConnector } from '../session/authenticateConnector.js';
import { decodeBase64Url, encodeBase64Url } from '../util/base64url.js';
import type { Route, RouteResolver } from './createRoute.js';
import type { MockContext } from './MockContext.js';

const STATUSES = new Set(['live', 'beta', 'early-access', 'development', 'considering']);
const FILTERS = new Set(['unified_api', 'status']);

/** An opaque cursor, Apideck style (base64 of `connectors::offset::N`). */
const encodeCursor = (offset: number) => encodeBase64Url(`connectors::offset::${offset}`);
const decodeCursor = (cursor: string) => {
  const match = /^connectors::offset::(\d+)$/.exec(decodeBase64Url(cursor) ?? '');
  return match ? Number(match[1]) : undefined;
};

/**
 * The Connector API catalog: `GET /connector/connectors` with `cursor`, `limit` (1–200, default
 * 20) and the deepObject `filter[unified_api]` / `filter[status]`, answering `meta.cursors`
 * (previous, current, next) and `links`; `GET /connector/connectors/{id}` (id = service id); and
 * `GET /connector/connectors/{id}/docs/{doc_id}`, a doc the connector lists, as `text/markdown`.
 * Both take the mock's API key or, unless `connectorSessionToken: 'refuse'`, its session token.
 */
export function connectorHandlers(ctx: MockContext, route: Route): HttpHandler[] {
  // These routes check their own credentials: the Connector API takes an API key as well as (or
  // instead of) a Vault session.
  const read = (path: string, resolver: RouteResolver) =>
    route('get', path, resolver, { auth: (request) => authenticateConnector(request, ctx) });
  return [
    read('/connector/connectors', ({ request, query }) => {
      const limitParam = query.get('limit');
      const limit = limitParam === null ? 20 : Number(limitParam);
      if (!Number.isInteger(limit) || limit < 1 || limit > 200)
        return badRequest('"limit" must be an integer from 1 to 200');
      const cursor = query.get('cursor');
      const offset = cursor ? decodeCursor(cursor) : 0;
      if (offset === undefined) return badRequest('"cursor" is not a valid cursor');
      const filter = readFilter(query);
      if (typeof filter === 'string') return badRequest(filter);

      const matching = ctx.connectors.filter(
        (connector) =>
          (!filter.unified_api || connector.unified_apis?.some((api) => api.id === filter.unified_api)) &&
          (!filter.status || connector.status === filter.status),
      );
      const data = matching.slice(offset, offset + limit);
      const previous = offset > 0 ? encodeCursor(Math.max(0, offset - limit)) : null;
      const next = offset + limit < matching.length ? encodeCursor(offset + limit) : null;
      const link = (value: string | null) => {
        const url = new URL(request.url);
        if (value === null) url.searchParams.delete('cursor');
        else url.searchParams.set('cursor', value);
        return url.toString();
      };
      return ok(data, {
        meta: { items_on_page: data.length, cursors: { previous, current: cursor, next } },
        links: {
          previous: previous === null ? null : link(previous),
          current: request.url,
          next: next === null ? null : link(next),
        },
      });
    }),

    read('/connector/connectors/:id', ({ params }) => {
      const connector = findConnector(ctx, params.id);
      return connector ? ok(connector) : unknownConnector(params.id);
    }),

    read('/connector/connectors/:id/docs/:doc_id', ({ params }) => {
      const connector = findConnector(ctx, params.id);
      if (!connector) return unknownConnector(params.id);
      const markdown = connectorDocMarkdown(connector, params.doc_id ?? '');
      if (markdown === undefined)
        return errorResponse(404, {
          message: 'Unknown Connector Doc',
          detail: `Could not find doc with id: '${params.doc_id}' for connector '${params.id}'`,
        });
      return new Response(markdown, { status: 200, headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
    }),
  ];
}

const findConnector = (ctx: MockContext, id: string | undefined) =>
  ctx.connectors.find((item: Connector) => item.id === id);

const unknownConnector = (id: string | undefined) =>
  errorResponse(404, { message: 'Unknown Connector', detail: `Could not find connector with id: '${id}'` });

// `filter[unified_api]=crm&filter[status]=live` (deepObject); unknown members are refused like the contract's additionalProperties: false.
function readFilter(query: URLSearchParams): { unified_api?: string; status?: string } | string {
  const filter: Record<string, string> = {};
  for (const [key, value] of query) {
    const member = /^filter\[(.+)\]$/.exec(key)?.[1];
    if (member === undefined) continue;
    if (!FILTERS.has(member)) return `Unknown filter "${member}"; use unified_api or status`;
    filter[member] = value;
  }
  if (filter.status && !STATUSES.has(filter.status))
    return `"filter[status]" must be one of ${[...STATUSES].join(', ')}`;
  return filter;
}
