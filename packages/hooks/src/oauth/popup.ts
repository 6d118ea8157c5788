import { isOAuthMessage, type OAuthCallbackMessage } from './oauthMessage.js';

const POLL_MS = 500;

/** Opens a centred popup; `null` when the browser blocked it. Must run inside the click handler. */
export function openPopup(url: string): Window | null {
  const width = 520;
  const height = 680;
  const left = Math.max(0, window.screenX + (window.outerWidth - width) / 2);
  const top = Math.max(0, window.screenY + (window.outerHeight - height) / 2);
  // No `noopener`: the callback page needs `window.opener` to hand the result back.
  return window.open(url, 'integrations-kit-oauth', `popup,width=${width},height=${height},left=${left},top=${top}`);
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
 * and polls for the popup being closed. Returns a function that stops both.
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
  const timer = window.setInterval(() => {
    if (!popup.closed) return;
    window.clearInterval(timer);
    handlers.onClosed();
  }, POLL_MS);
  return () => {
    window.removeEventListener('message', onMessage);
    window.clearInterval(timer);
  };
}
