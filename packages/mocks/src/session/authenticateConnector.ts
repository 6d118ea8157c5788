import { errorResponse } from '../http/apideckError.js';
import { authenticate, type MockIdentity } from './authenticate.js';

/** How the mock's Connector API authenticates: a host's API key always, a Vault session token by choice. */
export interface ConnectorAuth {
  /** `refuse`: a session token gets 401, as the live Connector API may answer (it is not documented to take one). */
  sessionToken: 'accept' | 'refuse';
  /** The API key a host's back end (its Connector API proxy) sends as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
}

/**
 * Checks a `/connector/*` request: the API key with this app's `x-apideck-app-id` (the contract's
 * `apiKey` security), or else a Vault session checked as `authenticate` does, unless session tokens
 * are refused. Returns the error response to send, or `undefined` when the request may proceed.
 */
export function authenticateConnector(
  request: Request,
  identity: MockIdentity & { connectorAuth: ConnectorAuth },
): Response | undefined {
  const { apiKey, sessionToken } = identity.connectorAuth;
  if (request.headers.get('authorization') === `Bearer ${apiKey}`) {
    if (request.headers.get('x-apideck-app-id') === identity.appId) return undefined;
    return errorResponse(401, { detail: 'x-apideck-app-id does not match the API key' });
  }
  if (sessionToken === 'refuse')
    return errorResponse(401, { detail: 'The Connector API takes an API key, not a Vault session token' });
  return authenticate(request, identity);
}
