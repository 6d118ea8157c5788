import { parseOAuthFragment } from './oauthMessage.js';
import { readPendingRedirect } from './redirectStorage.js';

/**
 * Whether this callback page is the return of a same-tab flow this tab started with
 * `useAuthorize().redirect()`: the kit's pending record holds the nonce the fragment carries.
 * Decided by that record alone, never by `window.opener`: a tab another site opened has an
 * opener too, and a popup whose opener was severed has none.
 *
 * @example
 * if (isSameTabCallback()) render(<App />); // App calls useOAuthRedirectResult()
 * else render(<OAuthCallback />);
 */
export function isSameTabCallback(hash: string = window.location.hash): boolean {
  const { nonce } = parseOAuthFragment(hash);
  return nonce !== undefined && readPendingRedirect()?.nonce === nonce;
}
