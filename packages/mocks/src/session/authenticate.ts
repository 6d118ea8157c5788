import { badRequest, errorResponse } from '../http/apideckError.js';
import { decodeJson } from '../util/base64url.js';

/** Who the mock serves: requests must carry a live session for exactly this app and consumer. */
export interface MockIdentity {
  appId: string;
  consumerId: string;
}

/**
 * Checks a request's session the way Vault does for JWT sessions: a bearer token whose claims name
 * this app and consumer and whose `exp` lies ahead, and an `x-apideck-app-id` header for the same
 * app. Returns the error response to send, or `undefined` when the request may proceed.
 */
export function authenticate(request: Request, identity: MockIdentity): Response | undefined {
  const authorization = request.headers.get('authorization');
  if (!authorization) return unauthorized('Missing authentication');
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  const segments = token?.split('.') ?? [];
  const claims = segments.length === 3 && segments[1] ? decodeJson(segments[1]) : undefined;
  if (!claims || typeof claims.application_id !== 'string' || typeof claims.consumer_id !== 'string') {
    return unauthorized('Invalid session token');
  }
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) {
    return unauthorized('Session token expired');
  }
  if (claims.application_id !== identity.appId) return unauthorized('Session token belongs to another application');
  if (claims.consumer_id !== identity.consumerId) return unauthorized('Session token belongs to another consumer');

  const appId = request.headers.get('x-apideck-app-id');
  if (!appId) return badRequest('Missing Header: x-apideck-app-id', 'Missing required header');
  if (appId !== identity.appId) return unauthorized('x-apideck-app-id does not match the session');
  const consumerId = request.headers.get('x-apideck-consumer-id');
  if (consumerId && consumerId !== identity.consumerId) {
    return unauthorized('x-apideck-consumer-id does not match the session');
  }
  return undefined;
}

function unauthorized(detail: string): Response {
  return errorResponse(401, { detail });
}
