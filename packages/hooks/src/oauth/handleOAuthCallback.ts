import { broadcastOAuthResult } from './callbackBroadcast.js';
import { isSameTabCallback } from './isSameTabCallback.js';
import { hasOAuthOutcome, parseOAuthFragment, type OAuthCallbackMessage } from './oauthMessage.js';

/** What `handleOAuthCallback` found and did. */
export interface OAuthCallbackResult {
  /** The fields read from the URL fragment. */
  message: OAuthCallbackMessage;
  /** `true` when the result went to the opening page (the window then closes itself). */
  posted: boolean;
}

/**
 * Run on your OAuth callback page (the `redirectUri`). For the same-tab flow (this tab's own
 * pending record matches the fragment's nonce) it leaves the fragment in place for
 * `useOAuthRedirectResult()` and just reports what it found. Otherwise it hands the fragment
 * (`#nonce=…&confirm_token=…&service_id=…`, or `#error=…`) to the opening page: by `postMessage`
 * to the opener, addressed to this page's own origin only, and through a same-origin
 * `BroadcastChannel` and `storage` event for an opener the provider's COOP severed; then it
 * closes the window. The opening page checks the nonce whichever way the result arrives.
 *
 * @example
 * // oauth/callback page
 * const { posted } = handleOAuthCallback();
 * if (!posted) render(<App />); // App calls useOAuthRedirectResult()
 */
export function handleOAuthCallback(): OAuthCallbackResult {
  const message = parseOAuthFragment(window.location.hash);
  if (isSameTabCallback()) return { message, posted: false };
  const opener = (window.opener as Window | null | undefined) ?? null;
  const hasOpener = opener !== null && opener !== window && !opener.closed;
  if (!hasOpener && !hasOAuthOutcome(message)) return { message, posted: false };
  // An exact target origin: the token reaches the opener only if it is our own app.
  if (hasOpener) opener.postMessage(message, window.location.origin);
  if (hasOAuthOutcome(message)) broadcastOAuthResult(message);
  // The fragment holds a single-use token; keep it out of history in case closing is refused.
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  window.close();
  return { message, posted: true };
}
