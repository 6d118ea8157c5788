import { delay, http, type HttpHandler } from 'msw';
import { requestCheck, routedRequests } from '../contract/requestCheck.js';
import { badRequest, unprocessable } from '../http/apideckError.js';
import type { FaultList } from '../http/FaultList.js';
import { recordRequest } from '../http/recordRequest.js';
import { authenticate } from '../session/authenticate.js';
import type { RecordedRequest } from '../types.js';
import type { RequestLog } from '../logs/RequestLog.js';
import { isRecord } from '../util/clone.js';
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
  options?: RouteOptions,
) => HttpHandler;

/** How a route authenticates: the Vault session (default), not at all, or its own check. */
export interface RouteOptions {
  /** `false` for browser navigations, which carry no session; a function returns the refusal or `undefined`. */
  auth?: boolean | ((request: Request) => Response | undefined);
}

/** What every route shares: the context, the fault queue, the request log and the latency. */
export interface RouteRuntime {
  ctx: MockContext;
  faults: FaultList;
  requests: RecordedRequest[];
  latency: number;
  /** Whether requests are checked against the contract (`VaultMockOptions.validateRequests`). */
  validateRequests: boolean;
  /** Where each answered Vault request is logged for its consumer (`GET /vault/logs` reads it). */
  log?: RequestLog;
}

/**
 * The one place every request passes: it is logged, delayed, failed when a fault matches,
 * authenticated (by the Vault session, the route's own check, or not at all for a browser navigation) and
 * refused with 400 when its body is not JSON, and with 422 when it breaks the contract (the reasons
 * go on its log entry); then the resolver answers. What an authenticated request was answered goes on
 * its consumer's request log.
 */
export function createRoute(runtime: RouteRuntime): Route {
  const { ctx, faults, requests, latency } = runtime;
  return (method, path, resolver, options = {}) => {
    const check = runtime.validateRequests ? requestCheck(method, path) : undefined;
    return http[method](`${ctx.baseUrl}${path}`, async ({ request, params }) => {
      const startedAt = Date.now();
      const { response, authenticated } = await answer(request, params);
      // Only a request that proved its session is logged: the consumer header alone is anyone's to forge.
      if (authenticated && runtime.log && path.startsWith('/vault/') && path !== '/vault/logs')
        await logServed(runtime.log, request, path, response, startedAt);
      return response;
    });

    async function answer(
      request: Request,
      params: Record<string, unknown>,
    ): Promise<{ response: Response; authenticated: boolean }> {
      routedRequests.add(request);
      const recorded = await recordRequest(request);
      requests.push(recorded);
      if (latency > 0) await delay(latency);
      const fault = faults.take(request.method, recorded.path);
      const denied = authenticateBy(options.auth, request, ctx);
      // A simulated fault answers first, as a failing server would, but is logged only for its consumer.
      if (fault) return { response: fault, authenticated: !denied };
      if (denied) return { response: denied, authenticated: false };
      return { response: await resolve(request, params, recorded), authenticated: true };
    }

    async function resolve(
      request: Request,
      params: Record<string, unknown>,
      recorded: RecordedRequest,
    ): Promise<Response> {
      if (typeof recorded.body === 'string') return badRequest('The request body is not valid JSON', 'Invalid JSON');
      const input: RouteInput = {
        request,
        params: Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)])),
        query: new URL(request.url).searchParams,
        body: recorded.body,
      };
      const contractErrors = check?.({ ...input, headers: recorded.headers }) ?? [];
      if (contractErrors.length > 0) {
        recorded.contractErrors = contractErrors;
        return unprocessable('Invalid request', contractErrors.join('; '), 'RequestValidationError');
      }
      return resolver(input);
    }
  };
}

// The consumer's log holds what the mock answered it (the log's own reads are left out, so paging
// through it does not add to it); a simulated network error is no answer and is not logged.
async function logServed(log: RequestLog, request: Request, route: string, response: Response, startedAt: number) {
  const consumerId = request.headers.get('x-apideck-consumer-id');
  if (!consumerId || response.type === 'error') return;
  log.record({
    consumerId,
    method: request.method,
    route,
    url: new URL(request.url),
    status: response.status,
    errorMessage: response.ok ? undefined : await errorMessageOf(response),
    startedAt,
    durationMs: Date.now() - startedAt,
  });
}

async function errorMessageOf(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    return isRecord(body) && typeof body.message === 'string' ? body.message : undefined;
  } catch {
    return undefined;
  }
}

function authenticateBy(auth: RouteOptions['auth'], request: Request, ctx: MockContext): Response | undefined {
  if (typeof auth === 'function') return auth(request);
  return auth === false ? undefined : authenticate(request, ctx);
}
