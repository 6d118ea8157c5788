import type { SetupServer } from 'msw/node';
import { recordRequest } from '../http/recordRequest.js';
import type { RecordedRequest } from '../types.js';
import { operationAt, routedRequests } from './requestCheck.js';

/** What `watchRequests` returns. */
export interface RequestWatch {
  /** The violations seen since the last call, one line each: `METHOD url: reason; reason`. */
  take(): Promise<string[]>;
}

/**
 * Checks against the contract the requests to `baseUrl` that something other than the mock's
 * routes answered, such as a test's `server.use(...)` override, so those requests are held to the
 * contract too (the routes check theirs themselves, after authentication).
 */
export function watchRequests(server: SetupServer, baseUrl: string): RequestWatch {
  // Read at the start: an override may consume the body.
  const seen = new WeakMap<Request, Promise<RecordedRequest>>();
  const pending: Array<Promise<string | undefined>> = [];
  server.events.on('request:start', ({ request }) => {
    if (request.url.startsWith(`${baseUrl}/`)) seen.set(request, recordRequest(request));
  });
  server.events.on('request:end', ({ request }) => {
    const recorded = seen.get(request);
    if (recorded && !routedRequests.has(request)) pending.push(recorded.then((entry) => violation(entry, baseUrl)));
  });
  return {
    take: async () => (await Promise.all(pending.splice(0))).filter((line): line is string => line !== undefined),
  };
}

function violation(request: RecordedRequest, baseUrl: string): string | undefined {
  const url = new URL(request.url);
  const operation = operationAt(
    request.method,
    url.pathname.slice(new URL(baseUrl).pathname.replace(/\/$/, '').length),
  );
  const reasons = operation
    ? operation.check({
        params: operation.params,
        query: url.searchParams,
        headers: request.headers,
        body: request.body,
      })
    : ['the contract has no such operation'];
  return reasons.length > 0 ? violationLine(request, reasons) : undefined;
}

/** One broken request as a test failure lists it: `METHOD url: reason; reason`. */
export function violationLine(request: Pick<RecordedRequest, 'method' | 'url'>, reasons: string[]): string {
  return `${request.method} ${request.url}: ${reasons.join('; ')}`;
}
