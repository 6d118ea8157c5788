import { parseOAuthFragment, type OAuthCallbackMessage } from './oauthMessage.js';

/** What `handleOAuthCallback` found and did. */
export interface OAuthCallbackResult {
  /** The fields read from the URL fragment. */
  message: OAuthCallbackMessage;
  /** `true` when the result went to the opener (the window then closes itself). */
  posted: boolean;
}

/**
 * Run on your OAuth callback page (the `redirectUri`). In a popup it hands the fragment
 * (`#nonce=…&confirm_token=…&service_id=…`, or `#error=…`) to the opener, addressed to this page's
 * own origin only, and closes the window. Without an opener (the same-tab redirect flow) it leaves
 * the fragment in place for `useOAuthRedirectResult()` and just reports what it found.
 *
 * @example
 * // oauth/callback page
 * const { posted } = handleOAuthCallback();
 * if (!posted) render(<App />); // App calls useOAuthRedirectResult()
 */
export function handleOAuthCallback(): OAuthCallbackResult {
  const message = parseOAuthFragment(window.location.hash);
  const opener = window.opener as Window | null;
  if (!opener || opener === window || opener.closed) return { message, posted: false };
  // An exact target origin: the token reaches the opener only if it is our own app.
  opener.postMessage(message, window.location.origin);
  // The fragment holds a single-use token; keep it out of history in case closing is refused.
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  window.close();
  return { message, posted: true };
}
