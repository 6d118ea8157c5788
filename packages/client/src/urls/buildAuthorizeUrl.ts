import type { Connection } from '../types.js';
import { withQuery } from './withQuery.js';

/** Options of `buildAuthorizeUrl`. */
export interface AuthorizeUrlOptions {
  /** Where Vault sends the user back after consent (your callback page). */
  redirectUri: string;
  /** Single-use value that turns on the two-step (`/confirm`) flow and ties the callback to this request. */
  nonce?: string;
  /** Replaces the `state` Vault put in `authorize_url`; normally leave it out. */
  state?: string;
  /** OAuth scopes to request; sent space-delimited as the contract says. */
  scope?: string | readonly string[];
}

/**
 * The URL that starts the OAuth consent for `connection`: its `authorize_url` with `redirect_uri`,
 * `nonce`, `state` and `scope` added (existing query parameters are kept).
 *
 * @throws UnsafeUrlError when `authorize_url` is missing or not https (http only on localhost).
 * @example window.open(buildAuthorizeUrl(connection, { redirectUri: `${location.origin}/oauth/callback`, nonce }))
 */
export function buildAuthorizeUrl(connection: Pick<Connection, 'authorize_url'>, options: AuthorizeUrlOptions): string {
  const scope = typeof options.scope === 'string' ? options.scope : options.scope?.join(' ');
  return withQuery('authorize URL', connection.authorize_url, {
    redirect_uri: options.redirectUri,
    nonce: options.nonce,
    state: options.state,
    scope: scope || undefined,
  });
}
