import { decodeSessionToken } from './decodeSessionToken.js';

/** The token plus the app and consumer it acts for. */
export interface SessionIdentity {
  token: string;
  appId: string;
  consumerId: string;
}

/**
 * Pairs a session token with its app and consumer ids: explicit ids win, otherwise the token's
 * `application_id` / `consumer_id` claims. Throws a `TypeError` naming what is missing, because
 * a request without them fails later with a far less helpful 401.
 */
export function resolveIdentity(token: string, explicit: { appId?: string; consumerId?: string }): SessionIdentity {
  if (typeof token !== 'string' || token.trim() === '') {
    throw new TypeError('createVaultClient: `token` is required: pass the Vault session token your back end created.');
  }
  const claims = decodeSessionToken(token);
  const appId = explicit.appId || claims.application_id;
  const consumerId = explicit.consumerId || claims.consumer_id;
  const missing = [
    appId ? null : '`appId` (token claim `application_id`)',
    consumerId ? null : '`consumerId` (token claim `consumer_id`)',
  ].filter((item): item is string => item !== null);
  if (!appId || !consumerId) {
    throw new TypeError(
      `createVaultClient: missing ${missing.join(' and ')}. Pass it in the options or use a session token that carries the claim.`,
    );
  }
  return { token, appId, consumerId };
}
