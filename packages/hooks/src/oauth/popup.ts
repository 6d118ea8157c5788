import { isOAuthMessage, type OAuthCallbackMessage } from './oauthMessage.js';

/** How often the opener checks whether the popup was closed. */
export const POLL_MS = 500;
/**
 * How long a popup must stay closed before it counts as closed: the callback page closes itself
 * right after reporting, and a broadcast result may land a moment after `closed` reads `true`.
 */
export const CLOSED_GRACE_MS = 1500;

/**
 * Opens a centred popup on `about:blank`, then sends it to `url`; `null` when the browser blocked
 * it. Must run synchronously inside the click handler: opening a blank window first is what
 * Safari and strict blockers allow, whatever the URL.
 */
export function openPopup(url: string): Window | null {
  const width = 520;
  const height = 680;
  const left = Math.max(0, window.screenX + (window.outerWidth - width) / 2);
  const top = Math.max(0, window.screenY + (window.outerHeight - height) / 2);
  // No `noopener`: the callback page needs `window.opener` to hand the result back.
  const popup = window.open(
    'about:blank',
    'integrations-kit-oauth',
    `popup,width=${width},height=${height},left=${left},top=${top}`,
  );
  // `replace`: the blank page leaves no history entry for the user to go back to.
  popup?.location.replace(url);
  return popup;
}

export function closePopup(popup: Window): void {
  try {
    if (!popup.closed) popup.close();
  } catch {
    // A popup on a foreign origin may refuse; it closes itself or the user closes it.
  }
}

/**
 * Listens for the callback message from `popup` (only from `origin` and only from that window)
 * and polls for the popup being closed; `onClosed` runs once it has stayed closed for the grace
 * period. Returns a function that stops both.
 */
export function watchPopup(
  popup: Window,
  handlers: { origin: string; onMessage: (message: OAuthCallbackMessage) => void; onClosed: () => void },
): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== handlers.origin || event.source !== popup) return;
    if (isOAuthMessage(event.data)) handlers.onMessage(event.data);
  };
  window.addEventListener('message', onMessage);
  let grace: number | undefined;
  const timer = window.setInterval(() => {
    if (!popup.closed) return;
    window.clearInterval(timer);
    grace = window.setTimeout(handlers.onClosed, CLOSED_GRACE_MS);
  }, POLL_MS);
  return () => {
    window.removeEventListener('message', onMessage);
    window.clearInterval(timer);
    window.clearTimeout(grace);
  };
}
