import { delay, http, type HttpHandler } from 'msw';
import { badRequest } from '../http/apideckError.js';
import type { FaultList } from '../http/FaultList.js';
import { recordRequest } from '../http/recordRequest.js';
import { authenticate } from '../session/authenticate.js';
import type { RecordedRequest } from '../types.js';
import type { MockContext } from './MockContext.js';

/** What a route's resolver receives. */
export interface RouteInput {
  request: Request;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (`undefined` when empty). */
  body: unknown;
}

/** Answers one matched request. */
export type RouteResolver = (input: RouteInput) => Response | Promise<Response>;

/** Builds an MSW handler for one endpoint of the mock. */
export type Route = (
  method: 'get' | 'post' | 'patch' | 'delete',
  path: string,
  resolver: RouteResolver,
  options?: { auth?: boolean },
) => HttpHandler;

/** What every route shares: the context, the fault queue, the request log and the latency. */
export interface RouteRuntime {
  ctx: MockContext;
  faults: FaultList;
  requests: RecordedRequest[];
  latency: number;
}

/**
 * The one place every request passes: it is logged, delayed, failed when a fault matches,
 * authenticated (unless the endpoint is a browser navigation, which carries no session) and
 * refused with 400 when its body is not JSON; then the resolver answers.
 */
export function createRoute(runtime: RouteRuntime): Route {
  const { ctx, faults, requests, latency } = runtime;
  return (method, path, resolver, options = {}) =>
    http[method](`${ctx.baseUrl}${path}`, async ({ request, params }) => {
      const recorded = await recordRequest(request);
      requests.push(recorded);
      if (latency > 0) await delay(latency);
      const fault = faults.take(request.method, recorded.path);
      if (fault) return fault;
      if (options.auth !== false) {
        const denied = authenticate(request, ctx);
        if (denied) return denied;
      }
      if (typeof recorded.body === 'string') return badRequest('The request body is not valid JSON', 'Invalid JSON');
      return resolver({
        request,
        params: Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)])),
        query: new URL(request.url).searchParams,
        body: recorded.body,
      });
    });
}
