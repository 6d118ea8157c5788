import type { Connection } from '../types.js';
import { withQuery } from './withQuery.js';

/**
 * The URL that revokes `connection`'s OAuth grant: its `revoke_url` with `redirect_uri` added
 * (existing query parameters are kept).
 *
 * @throws UnsafeUrlError when `revoke_url` is missing or not https (http only on localhost).
 */
export function buildRevokeUrl(connection: Pick<Connection, 'revoke_url'>, options: { redirectUri: string }): string {
  return withQuery('revoke URL', connection.revoke_url, { redirect_uri: options.redirectUri });
}
