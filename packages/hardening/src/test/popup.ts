import { OAUTH_MESSAGE_TYPE } from '@integrations-kit/hooks';
import { createConfirmToken } from '@integrations-kit/mocks';
import { act } from '@testing-library/react';
import type { FakePopup } from '@integrations-kit/test-kit';

/** The nonce the opener put in the consent URL. */
export function nonceOf(popup: FakePopup): string {
  const nonce = new URL(popup.url).searchParams.get('nonce');
  if (!nonce) throw new Error(`No nonce in ${popup.url}`);
  return nonce;
}

/** Delivers a `message` event to the opener as the browser would, from `source` on `origin`. */
export function deliver(data: unknown, origin: string, source: unknown): void {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
  });
}

/** The callback message HubSpot's genuine Allow produces for the flow with `nonce`. */
export function genuineHubSpotResult(nonce: string) {
  return {
    type: OAUTH_MESSAGE_TYPE,
    nonce,
    confirm_token: createConfirmToken({ serviceId: 'hubspot', unifiedApi: 'crm', nonce }),
    service_id: 'hubspot',
  };
}
