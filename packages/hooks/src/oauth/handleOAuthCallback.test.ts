import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleOAuthCallback } from './handleOAuthCallback.js';
import { OAUTH_MESSAGE_TYPE } from './oauthMessage.js';
import { clearPendingRedirect, savePendingRedirect } from './redirectStorage.js';

function setOpener(opener: unknown) {
  Object.defineProperty(window, 'opener', { value: opener, configurable: true, writable: true });
}

afterEach(() => {
  setOpener(null);
  clearPendingRedirect();
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('handleOAuthCallback', () => {
  it("posts the result to the opener at this page's own origin only, then closes", () => {
    window.history.replaceState(null, '', '/oauth/callback#nonce=n1&confirm_token=t1&service_id=pipedrive');
    const opener = { closed: false, postMessage: vi.fn() };
    setOpener(opener);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});

    const result = handleOAuthCallback();

    expect(opener.postMessage).toHaveBeenCalledWith(
      { type: OAUTH_MESSAGE_TYPE, nonce: 'n1', confirm_token: 't1', service_id: 'pipedrive' },
      window.location.origin,
    );
    expect(opener.postMessage.mock.calls[0]?.[1]).not.toBe('*');
    expect(close).toHaveBeenCalled();
    expect(result.posted).toBe(true);
    expect(window.location.hash).toBe('');
  });

  it('passes a denial on with its description', () => {
    window.history.replaceState(
      null,
      '',
      '/oauth/callback#error=access_denied&error_description=User%20said%20no&nonce=n2',
    );
    const opener = { closed: false, postMessage: vi.fn() };
    setOpener(opener);
    vi.spyOn(window, 'close').mockImplementation(() => {});

    handleOAuthCallback();

    expect(opener.postMessage).toHaveBeenCalledWith(
      { type: OAUTH_MESSAGE_TYPE, nonce: 'n2', error: 'access_denied', error_description: 'User said no' },
      window.location.origin,
    );
  });

  it("leaves the fragment for useOAuthRedirectResult when this tab's own pending record holds the nonce, opener or not", () => {
    savePendingRedirect({ nonce: 'n3', serviceId: 'pipedrive', unifiedApi: 'crm', returnTo: '/' });
    window.history.replaceState(null, '', '/oauth/callback#nonce=n3&confirm_token=t3&service_id=pipedrive');
    const opener = { closed: false, postMessage: vi.fn() };
    setOpener(opener);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});

    const result = handleOAuthCallback();
    expect(opener.postMessage).not.toHaveBeenCalled();

    expect(result).toEqual({
      posted: false,
      message: { type: OAUTH_MESSAGE_TYPE, nonce: 'n3', confirm_token: 't3', service_id: 'pipedrive' },
    });
    expect(window.location.hash).toBe('#nonce=n3&confirm_token=t3&service_id=pipedrive');
    expect(close).not.toHaveBeenCalled();
  });

  it('broadcasts on its own origin when the opener is gone (COOP) and no same-tab flow waits here', async () => {
    savePendingRedirect({ nonce: 'older', serviceId: 'pipedrive', unifiedApi: 'crm', returnTo: '/' });
    window.history.replaceState(null, '', '/oauth/callback#nonce=n4&confirm_token=t4&service_id=pipedrive');
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    const channel = new BroadcastChannel('integrations-kit:oauth');
    const heard = new Promise((resolve) => (channel.onmessage = (event) => resolve(event.data)));
    const stored: StorageEvent[] = [];
    const onStorage = (event: StorageEvent) => void stored.push(event);
    window.addEventListener('storage', onStorage);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');

    expect(handleOAuthCallback().posted).toBe(true);

    const message = { type: OAUTH_MESSAGE_TYPE, nonce: 'n4', confirm_token: 't4', service_id: 'pipedrive' };
    await expect(heard).resolves.toEqual(message);
    channel.close();
    window.removeEventListener('storage', onStorage);
    // The storage fallback: written for other pages' storage event, and removed at once.
    expect(setItem).toHaveBeenCalledWith('integrations-kit:oauth-result', JSON.stringify(message));
    expect(window.localStorage.getItem('integrations-kit:oauth-result')).toBeNull();
    expect(close).toHaveBeenCalled();
    expect(window.location.hash).toBe('');
  });
});
