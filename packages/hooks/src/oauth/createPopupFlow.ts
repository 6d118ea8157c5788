import { listenForOAuthBroadcast } from './callbackBroadcast.js';
import type { OAuthCallbackMessage } from './oauthMessage.js';
import { closePopup, openPopup, watchPopup } from './popup.js';
import { isSettled, transition, type FlowEvent, type FlowState } from './popupFlow.js';

/**
 * How long a flow whose popup looked closed still accepts a broadcast result: a provider page
 * with `Cross-Origin-Opener-Policy` makes `closed` read `true` while the user is still deciding.
 */
export const LATE_RESULT_MS = 10 * 60_000;

/** What a flow does with the popup's callback message and with the popup staying closed. */
export interface PopupListeners {
  onMessage: (message: OAuthCallbackMessage) => void;
  onClosed: () => void;
}

/**
 * One attempt of an OAuth flow: its state (moved only by `transition`), its popup and its
 * listeners. The listeners follow the state: they stop once a result is being confirmed or the
 * attempt is settled, and a popup that looks closed with no result keeps only the broadcast
 * listener, for `LATE_RESULT_MS`.
 */
export interface PopupFlow {
  readonly state: FlowState;
  /** Moves the attempt on; an event its state does not accept changes nothing. */
  send(event: FlowEvent): void;
  /** Whether the attempt's state accepts `event` now. */
  accepts(event: FlowEvent): boolean;
  /**
   * Opens `url` in the OAuth popup (synchronously: call it inside the click) and listens for the
   * callback message from `redirectUri`'s origin and for the popup closing. With `broadcast` (a
   * flow whose result carries a nonce to check), a callback page on this page's own origin may
   * also answer through `BroadcastChannel` or a `storage` event, as it does when COOP severed the
   * opener. Ends `blocked` when the browser refused the popup.
   */
  openPopup(url: string, redirectUri: string, listeners: PopupListeners, options?: { broadcast?: boolean }): void;
  /**
   * Stops listening and lets go of the popup without closing it (a new attempt reuses the window).
   * An answer already on its way still settles the state.
   */
  dispose(): void;
}

/** Starts an attempt in `idle`; `onChange` hears every state it moves to. */
export function createPopupFlow(onChange: (state: FlowState) => void): PopupFlow {
  let state: FlowState = { phase: 'idle' };
  let popup: Window | null = null;
  let stopWatch = () => {};
  let stopBroadcast = () => {};
  let late: ReturnType<typeof setTimeout> | undefined;
  const stopAll = () => {
    stopWatch();
    stopBroadcast();
    clearTimeout(late);
  };

  const flow: PopupFlow = {
    get state() {
      return state;
    },
    accepts: (event) => transition(state, event) !== state,
    send(event) {
      const next = transition(state, event);
      if (next === state) return;
      state = next;
      if (isSettled(next) || (next.phase === 'confirming' && next.via !== 'read')) {
        stopAll();
        if (popup) closePopup(popup);
      } else if (next.phase === 'waiting' && next.closed) {
        // Closed as far as this page can tell; a severed popup may still report, and is heard.
        stopWatch();
        late = setTimeout(() => flow.send({ type: 'expire' }), LATE_RESULT_MS);
      }
      onChange(next);
    },
    openPopup(url, redirectUri, listeners, options = {}) {
      popup = openPopup(url);
      if (!popup) return flow.send({ type: 'blocked' });
      const origin = new URL(redirectUri).origin;
      stopWatch = watchPopup(popup, { origin, ...listeners });
      // Other pages can broadcast only on their own origin, so only a same-origin callback is heard.
      if (options.broadcast && origin === window.location.origin)
        stopBroadcast = listenForOAuthBroadcast(listeners.onMessage);
      flow.send({ type: 'opened' });
    },
    dispose() {
      stopAll();
      popup = null;
    },
  };
  return flow;
}
