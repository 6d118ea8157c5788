import { isOAuthMessage, type OAuthCallbackMessage } from './oauthMessage.js';

const CHANNEL = 'integrations-kit:oauth';
const STORAGE_KEY = 'integrations-kit:oauth-result';

/**
 * Hands the callback result to every page of this origin, for an opener that the provider's
 * `Cross-Origin-Opener-Policy` severed (`window.opener` is then `null`): a `BroadcastChannel`
 * message, and a `storage` event for browsers or contexts without one. The storage entry is
 * removed at once; the event carries the value to the other pages.
 */
export function broadcastOAuthResult(message: OAuthCallbackMessage): void {
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(message);
    channel.close();
  } catch {
    // No BroadcastChannel (older Safari, some sandboxes): the storage event still carries it.
  }
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(message));
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode quotas, blocked storage): nothing more to try.
  }
}

/**
 * Listens for results broadcast by a callback page of this origin. Only the message shape is
 * checked here; the flow checks the nonce and service. Returns a function that stops listening.
 */
export function listenForOAuthBroadcast(onMessage: (message: OAuthCallbackMessage) => void): () => void {
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent) => {
      if (isOAuthMessage(event.data)) onMessage(event.data);
    };
  } catch {
    channel = null;
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || !event.newValue || event.storageArea !== window.localStorage) return;
    let data: unknown;
    try {
      data = JSON.parse(event.newValue);
    } catch {
      return;
    }
    if (isOAuthMessage(data)) onMessage(data);
  };
  window.addEventListener('storage', onStorage);
  return () => {
    channel?.close();
    window.removeEventListener('storage', onStorage);
  };
}
