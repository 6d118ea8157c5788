import { listenForOAuthBroadcast } from './callbackBroadcast.js';
import { BLOCKED, PENDING, type FlowState } from './flowState.js';
import type { OAuthCallbackMessage } from './oauthMessage.js';
import { closePopup, openPopup, watchPopup } from './popup.js';
import type { FlowHandle } from './useFlowState.js';

/**
 * How long a flow whose popup looked closed still accepts a broadcast result: a provider page
 * with `Cross-Origin-Opener-Policy` makes `closed` read `true` while the user is still deciding.
 */
export const LATE_RESULT_MS = 10 * 60_000;

/** A popup flow in progress, as its listeners see it. */
export interface PopupFlow {
  /** Whether the flow has ended (a result, a failure, or `dispose`). */
  readonly done: boolean;
  /** Ends the flow: stops listening, and closes the popup when asked. */
  end(closeWindow?: boolean): void;
  /**
   * Stops watching a popup that looks closed with no result, but keeps accepting a broadcast
   * result for `LATE_RESULT_MS` (the popup may only have lost its opener).
   */
  release(): void;
}

interface PopupFlowListeners {
  onMessage: (message: OAuthCallbackMessage) => void;
  onClosed: () => void;
}

/**
 * Opens `url` in the OAuth popup (synchronously: call it inside the click) and listens for the
 * callback message from `redirectUri`'s origin and for the popup closing. With `broadcast` (a flow
 * whose result carries a nonce to check), a callback page on this page's own origin may also
 * answer through `BroadcastChannel` or a `storage` event, as it does when COOP severed the opener.
 * Reports `blocked` and returns `null` when the browser refused the popup, else reports `pending`.
 */
export function startPopupFlow(
  url: string,
  redirectUri: string,
  report: (state: FlowState) => void,
  listen: (flow: PopupFlow) => PopupFlowListeners,
  options: { broadcast?: boolean } = {},
): FlowHandle | null {
  const popup = openPopup(url);
  if (!popup) {
    report(BLOCKED);
    return null;
  }
  report(PENDING);
  const origin = new URL(redirectUri).origin;
  let stopWatch = () => {};
  let stopBroadcast = () => {};
  let late: ReturnType<typeof setTimeout> | undefined;
  const stopAll = () => {
    stopWatch();
    stopBroadcast();
    clearTimeout(late);
  };
  const flow: PopupFlow & { done: boolean } = {
    done: false,
    end(closeWindow) {
      flow.done = true;
      stopAll();
      if (closeWindow) closePopup(popup);
    },
    release() {
      stopWatch();
      clearTimeout(late);
      late = setTimeout(stopAll, LATE_RESULT_MS);
    },
  };
  const listeners = listen(flow);
  stopWatch = watchPopup(popup, { origin, ...listeners });
  // Other pages can broadcast only on their own origin, so only a same-origin callback is heard.
  if (options.broadcast && origin === window.location.origin)
    stopBroadcast = listenForOAuthBroadcast(listeners.onMessage);
  return { dispose: (closeWindow) => flow.end(closeWindow) };
}
