import type { HttpHandler } from 'msw';
import type { Route } from '../handlers/createRoute.js';
import type { MockContext } from '../handlers/MockContext.js';
import { badRequest } from '../http/apideckError.js';
import { ok } from '../http/ok.js';
import { decodeBase64Url, encodeBase64Url } from '../util/base64url.js';
import { matchesLogsFilter, readLogsFilter } from './logsFilter.js';
import type { RequestLog } from './RequestLog.js';

// An opaque cursor that names the last entry shown, so requests logged meanwhile never shift a page.
const encodeCursor = (seq: number) => encodeBase64Url(`logs::before::${seq}`);
const decodeCursor = (cursor: string) => {
  const match = /^logs::before::(\d+)$/.exec(decodeBase64Url(cursor) ?? '');
  return match ? Number(match[1]) : undefined;
};

/**
 * `GET /vault/logs` (`logsAll`): the requests this mock answered for the calling consumer, newest
 * first, with `cursor`, `limit` (1–200, default 20) and the deepObject `filter` (path and its match
 * mode, methods, status codes, date range, excluded unified APIs; `connector_id` is accepted and,
 * as on the live API, not applied).
 */
export function logsHandlers(ctx: MockContext, route: Route, log: RequestLog): HttpHandler[] {
  return [
    route('get', '/vault/logs', ({ request, query }) => {
      const limit = Number(query.get('limit') ?? 20);
      if (!Number.isInteger(limit) || limit < 1 || limit > 200)
        return badRequest('"limit" must be an integer from 1 to 200');
      const cursor = query.get('cursor');
      const before = cursor ? decodeCursor(cursor) : Number.POSITIVE_INFINITY;
      if (before === undefined) return badRequest('"cursor" is not a valid cursor');
      const filter = readLogsFilter(query);
      const consumerId = request.headers.get('x-apideck-consumer-id') ?? ctx.consumerId;
      const matching = log.list(consumerId).filter((record) => matchesLogsFilter(record.log, filter));
      const start = matching.findIndex((record) => record.seq < before);
      const page = start < 0 ? [] : matching.slice(start, start + limit);
      const last = page.at(-1);
      const next = last && matching.at(-1) !== last ? encodeCursor(last.seq) : null;
      return ok(
        page.map((record) => record.log),
        { meta: { items_on_page: page.length, cursors: { previous: null, current: cursor, next } } },
      );
    }),
  ];
}
