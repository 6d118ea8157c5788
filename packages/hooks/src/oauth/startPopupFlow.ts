import { BLOCKED, PENDING, type FlowState } from './flowState.js';
import type { OAuthCallbackMessage } from './oauthMessage.js';
import { closePopup, openPopup, watchPopup } from './popup.js';
import type { FlowHandle } from './useFlowState.js';

/** A popup flow in progress, as its listeners see it. */
export interface PopupFlow {
  /** Whether the flow has ended (a result, a failure, or `dispose`). */
  readonly done: boolean;
  /** Ends the flow: stops listening, and closes the popup when asked. */
  end(closeWindow?: boolean): void;
}

/**
 * Opens `url` in the OAuth popup (synchronously: call it inside the click) and listens for the
 * callback message from `redirectUri`'s origin and for the popup closing. Reports `blocked` and
 * returns `null` when the browser refused the popup, else reports `pending`.
 */
export function startPopupFlow(
  url: string,
  redirectUri: string,
  report: (state: FlowState) => void,
  listen: (flow: PopupFlow) => { onMessage: (message: OAuthCallbackMessage) => void; onClosed: () => void },
): FlowHandle | null {
  const popup = openPopup(url);
  if (!popup) {
    report(BLOCKED);
    return null;
  }
  report(PENDING);
  let stop = () => {};
  const flow = {
    done: false,
    end(closeWindow?: boolean) {
      flow.done = true;
      stop();
      if (closeWindow) closePopup(popup);
    },
  };
  stop = watchPopup(popup, { origin: new URL(redirectUri).origin, ...listen(flow) });
  return { dispose: (closeWindow) => flow.end(closeWindow) };
}
