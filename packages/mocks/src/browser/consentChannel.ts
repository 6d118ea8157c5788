/**
 * The consent page runs in a popup (a separate page of the host app) while the mock lives in the
 * opener's service worker client, so what the consent page does without a confirm token (revoke,
 * consent without nonce) reaches the mock over this same-origin channel.
 */
export const CONSENT_CHANNEL = 'integrations-kit:mock-vault';

import type { VaultMock } from '../types.js';

/** A consent decision the opener's mock applies. */
export interface ConsentMessage {
  type: 'integrations-kit:mock-consent';
  action: 'authorize' | 'revoke';
  applicationId: string;
  unifiedApi: string;
  serviceId: string;
}

/** Narrows an untrusted channel message to a consent decision. */
export function isConsentMessage(data: unknown): data is ConsentMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === 'integrations-kit:mock-consent' &&
    (message.action === 'authorize' || message.action === 'revoke') &&
    ['applicationId', 'unifiedApi', 'serviceId'].every((key) => typeof message[key] === 'string')
  );
}

/** Sends a consent decision to every mock on this origin (no-op where BroadcastChannel is missing). */
export function postConsent(message: Omit<ConsentMessage, 'type'>): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CONSENT_CHANNEL);
  channel.postMessage({ type: 'integrations-kit:mock-consent', ...message } satisfies ConsentMessage);
  channel.close();
}

/**
 * Applies the consent decisions sent on this origin to `mock` (only those for its application).
 * Returns a function that stops listening.
 */
export function listenForConsent(mock: VaultMock): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CONSENT_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isConsentMessage(message) || message.applicationId !== mock.appId) return;
    if (message.action === 'revoke') mock.revoke(message.unifiedApi, message.serviceId);
    else mock.authorize(message.unifiedApi, message.serviceId);
  };
  return () => channel.close();
}
