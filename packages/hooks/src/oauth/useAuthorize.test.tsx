import { createVaultClient, type Connection, type ConnectionRef } from '@integrations-kit/client';
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useConnection } from '../connections/useConnection.js';
import { useConnections } from '../connections/useConnections.js';
import { answerConsent } from '../test/consent.js';
import { broadcastCallback, postToOpener, stubPopup } from '@integrations-kit/test-kit';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { ONEDRIVE, PERSONIO, SALESFORCE, listReads } from '../test/subjects.js';
import { OAuthError } from './OAuthError.js';
import { parseOAuthFragment } from './oauthMessage.js';
import { CLOSED_GRACE_MS, POLL_MS } from './popup.js';
import { useAuthorize } from './useAuthorize.js';

const mock = setupVaultServer();
const REDIRECT_URI = `${window.location.origin}/oauth/callback`;
const fromCallbackPage = (popup: unknown) => ({ origin: window.location.origin, source: popup });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// The popup's watch runs on timers: fake them (the clock still moves, so MSW and waitFor work) before the click.
const fakeTimers = () =>
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });

// A real pause for checking that nothing happened: a wrongly accepted answer would reach the
// mock's request log only after MSW's own asynchronous steps, which no fake clock drives.
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

// Closes the popup and lets the opener's poll and grace period run out on the fake clock.
async function closeAndWaitOutGrace(popup: { closed: boolean }) {
  popup.closed = true;
  await act(() => vi.advanceTimersByTimeAsync(POLL_MS + CLOSED_GRACE_MS));
}

async function renderAuthorize(
  ref: ConnectionRef,
  change: (connection: Connection) => Connection = (c) => c,
  callbacks: { onSuccess?: (connection: Connection) => void; onError?: (error: Error) => void } = {},
) {
  const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
  const connection = change(await client.connections.get(ref));
  mock.requests.length = 0;
  const rendered = renderWithClient(
    () => ({
      auth: useAuthorize(connection, { redirectUri: REDIRECT_URI, ...callbacks }),
      list: useConnections(),
      detail: useConnection(ref),
    }),
    { mock, client },
  );
  await waitFor(() =>
    expect(rendered.result.current.list.isSuccess && rendered.result.current.detail.isSuccess).toBe(true),
  );
  return rendered;
}
const confirms = () => mock.requests.filter((request) => request.path.endsWith('/confirm'));
const stateIn = (views: { list: { data?: Connection[] }; detail: { data?: Connection } }, ref: ConnectionRef) => ({
  list: views.list.data?.find((c) => c.unified_api === ref.unifiedApi && c.service_id === ref.serviceId)?.state,
  detail: views.detail.data?.state,
});

describe('useAuthorize in a popup', () => {
  it('opens the consent synchronously with a fresh nonce, confirms the callback and updates the caches', async () => {
    const { popup, open, url } = stubPopup();
    const { result } = await renderAuthorize(ONEDRIVE);
    const reads = listReads(mock.requests).length;

    act(() => result.current.auth.authorize());

    expect(open).toHaveBeenCalledTimes(1);
    expect(result.current.auth.status).toBe('pending');
    const opened = new URL(url());
    expect(opened.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(opened.searchParams.get('nonce')).toMatch(/^[0-9a-f]{32}$/);

    const back = await answerConsent(url(), 'allow');
    act(() => postToOpener(parseOAuthFragment(back.hash), fromCallbackPage(popup)));

    await waitFor(() => expect(result.current.auth.status).toBe('success'));
    expect(confirms()).toHaveLength(1);
    expect(confirms()[0]?.body).toEqual({ confirm_token: parseOAuthFragment(back.hash).confirm_token });
    expect(stateIn(result.current, ONEDRIVE)).toEqual({ list: 'callable', detail: 'callable' });
    expect(listReads(mock.requests)).toHaveLength(reads);
    expect(popup.closed).toBe(true);
  });

  it('hands back the connection it produced, and calls onSuccess with it once', async () => {
    const { popup, url } = stubPopup();
    const onSuccess = vi.fn();
    const { result } = await renderAuthorize(ONEDRIVE, undefined, { onSuccess });
    expect(result.current.auth.connection).toBeNull();

    act(() => result.current.auth.authorize());
    const back = await answerConsent(url(), 'allow');
    act(() => postToOpener(parseOAuthFragment(back.hash), fromCallbackPage(popup)));

    await waitFor(() => expect(result.current.auth.status).toBe('success'));
    expect(result.current.auth.connection).toMatchObject({ service_id: 'onedrive', state: 'callable' });
    expect(result.current.auth.connection).toEqual(result.current.detail.data);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith(result.current.auth.connection);
  });

  it('calls onError with the reason of a failed attempt', async () => {
    const { popup, url } = stubPopup();
    const onError = vi.fn();
    const { result } = await renderAuthorize(ONEDRIVE, undefined, { onError });
    act(() => result.current.auth.authorize());
    const back = await answerConsent(url(), 'deny');
    act(() => postToOpener(parseOAuthFragment(back.hash), fromCallbackPage(popup)));

    await waitFor(() => expect(result.current.auth.status).toBe('error'));
    expect(onError).toHaveBeenCalledWith(expect.any(OAuthError));
    expect(result.current.auth.connection).toBeNull();
  });

  it('uses a new nonce for every attempt', () => {
    const { url } = stubPopup();
    const connection = {
      unified_api: 'crm',
      service_id: 'x',
      authorize_url: 'https://unify.apideck.com/vault/authorize/x/app',
    };
    const { result } = renderWithClient(() => useAuthorize(connection, { redirectUri: REDIRECT_URI }), { mock });

    act(() => result.current.authorize());
    const first = new URL(url()).searchParams.get('nonce');
    act(() => result.current.authorize());
    const second = new URL(url()).searchParams.get('nonce');

    expect(first).not.toBe(second);
  });

  it('reports a denial as a readable error and leaves the connection as it was', async () => {
    const { popup, url } = stubPopup();
    const { result } = await renderAuthorize(ONEDRIVE);

    act(() => result.current.auth.authorize());
    const back = await answerConsent(url(), 'deny');
    act(() => postToOpener(parseOAuthFragment(back.hash), fromCallbackPage(popup)));

    await waitFor(() => expect(result.current.auth.status).toBe('error'));
    expect(result.current.auth.error).toBeInstanceOf(OAuthError);
    expect(result.current.auth.error).toMatchObject({ code: 'access_denied', denied: true });
    expect(result.current.auth.error?.message).toMatch(/declined/);
    expect(confirms()).toHaveLength(0);
    expect(stateIn(result.current, ONEDRIVE)).toEqual({ list: 'available', detail: 'available' });
    expect(mock.getConnection('file-storage', 'onedrive')?.state).toBe('available');
  });

  it('ignores messages from another origin, another window or with another nonce', async () => {
    const { popup, url } = stubPopup();
    const { result } = await renderAuthorize(ONEDRIVE);
    act(() => result.current.auth.authorize());
    const message = parseOAuthFragment((await answerConsent(url(), 'allow')).hash);

    act(() => {
      postToOpener(message, { origin: 'https://evil.example', source: popup });
      postToOpener(message, { origin: window.location.origin, source: window });
      postToOpener({ ...message, nonce: 'f'.repeat(32) }, fromCallbackPage(popup));
      postToOpener({ ...message, type: 'something-else' }, fromCallbackPage(popup));
    });

    // A message the flow accepts closes the popup at once; none of these did.
    expect(popup.closed).toBe(false);
    expect(result.current.auth.status).toBe('pending');

    act(() => postToOpener(message, fromCallbackPage(popup)));
    await waitFor(() => expect(result.current.auth.status).toBe('success'));
    expect(confirms()).toHaveLength(1);
  });

  it('acts on a nonce once: a replayed message confirms nothing more', async () => {
    const { popup, url } = stubPopup();
    const { result } = await renderAuthorize(ONEDRIVE);
    act(() => result.current.auth.authorize());
    const message = parseOAuthFragment((await answerConsent(url(), 'allow')).hash);

    act(() => {
      postToOpener(message, fromCallbackPage(popup));
      postToOpener(message, fromCallbackPage(popup));
    });
    await waitFor(() => expect(result.current.auth.status).toBe('success'));
    act(() => result.current.auth.authorize());
    act(() => postToOpener(message, fromCallbackPage(popup)));

    expect(popup.closed).toBe(false);
    expect(result.current.auth.status).toBe('pending');
    expect(confirms()).toHaveLength(1);
  });

  it('goes back to idle as cancelled when the popup closes without consent', async () => {
    const { popup } = stubPopup();
    const { result } = await renderAuthorize(ONEDRIVE);
    fakeTimers();
    act(() => result.current.auth.authorize());

    await closeAndWaitOutGrace(popup);

    await waitFor(() => expect(result.current.auth.status).toBe('idle'));
    expect(result.current.auth.outcome).toBe('cancelled');
    expect(mock.requests.at(-1)).toMatchObject({ method: 'GET', path: '/vault/connections/file-storage/onedrive' });
  });

  it('does not take an already connected connection closing its popup for a new success', async () => {
    const { popup } = stubPopup();
    const { result } = await renderAuthorize(SALESFORCE);
    fakeTimers();
    act(() => result.current.auth.authorize());

    await closeAndWaitOutGrace(popup);

    await waitFor(() => expect(result.current.auth.outcome).toBe('cancelled'));
    expect(result.current.auth.status).toBe('idle');
  });

  it('succeeds from a fresh read when the popup closes after the connection was authorized', async () => {
    const { popup, url } = stubPopup();
    const { result } = await renderAuthorize(ONEDRIVE);
    fakeTimers();
    act(() => result.current.auth.authorize());
    // The consent finished without our callback page (a flow without nonce): no message comes.
    const legacy = new URL(url());
    legacy.searchParams.delete('nonce');
    await answerConsent(legacy.toString(), 'allow');

    await closeAndWaitOutGrace(popup);

    await waitFor(() => expect(result.current.auth.status).toBe('success'));
    expect(stateIn(result.current, ONEDRIVE)).toEqual({ list: 'callable', detail: 'callable' });
  });

  it('believes a closed popup only after the grace period, then reads the connection again', async () => {
    const { popup } = stubPopup();
    const { result } = await renderAuthorize(ONEDRIVE);
    const reads = mock.requests.length;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      act(() => result.current.auth.authorize());
      popup.closed = true;
      await vi.advanceTimersByTimeAsync(POLL_MS + CLOSED_GRACE_MS - 100);
      expect(result.current.auth.status).toBe('pending');
      expect(mock.requests).toHaveLength(reads);
      await vi.advanceTimersByTimeAsync(100);
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(result.current.auth.outcome).toBe('cancelled'));
    expect(mock.requests.slice(reads)).toMatchObject([
      { method: 'GET', path: '/vault/connections/file-storage/onedrive' },
    ]);
  });

  it.each([
    ['BroadcastChannel', broadcastCallback],
    [
      'storage event',
      async (message: object) =>
        void window.dispatchEvent(
          new StorageEvent('storage', {
            key: 'integrations-kit:oauth-result',
            newValue: JSON.stringify(message),
            storageArea: window.localStorage,
          }),
        ),
    ],
  ])(
    'finishes from a %s result when COOP severed the opener, after "closed" read true early',
    async (_label, broadcast) => {
      const { popup, url } = stubPopup();
      const { result } = await renderAuthorize(ONEDRIVE);
      fakeTimers();
      act(() => result.current.auth.authorize());
      // The provider's COOP severs the popup: the opener sees it closed while the user still decides.
      await closeAndWaitOutGrace(popup);
      await waitFor(() => expect(result.current.auth.outcome).toBe('cancelled'));
      const message = parseOAuthFragment((await answerConsent(url(), 'allow')).hash);

      await act(() => broadcast({ ...message, nonce: `${message.nonce}x` }));
      await act(() => broadcast({ ...message, service_id: 'dropbox' }));
      // A result the flow accepts turns it back to pending at once; neither did.
      expect(result.current.auth).toMatchObject({ status: 'idle', outcome: 'cancelled' });

      await act(() => broadcast(message));
      await waitFor(() => expect(result.current.auth.status).toBe('success'));
      await act(() => broadcast(message));
      await settle();
      expect(confirms()).toHaveLength(1);
      expect(stateIn(result.current, ONEDRIVE)).toEqual({ list: 'callable', detail: 'callable' });
    },
  );

  it('cancel() closes the popup and ignores a late answer', async () => {
    const { popup, url } = stubPopup();
    const { result } = await renderAuthorize(ONEDRIVE);
    act(() => result.current.auth.authorize());
    const message = parseOAuthFragment((await answerConsent(url(), 'allow')).hash);

    act(() => result.current.auth.cancel());
    act(() => postToOpener(message, fromCallbackPage(popup)));
    await settle();

    expect(popup.closed).toBe(true);
    expect(result.current.auth).toMatchObject({ status: 'idle', outcome: 'cancelled' });
    expect(confirms()).toHaveLength(0);
  });

  it('refuses to open an unsafe authorize URL', async () => {
    const { open } = stubPopup();
    const { result } = await renderAuthorize(ONEDRIVE, (connection) => ({
      ...connection,
      authorize_url: 'javascript:alert(1)',
    }));

    act(() => result.current.auth.authorize());

    expect(open).not.toHaveBeenCalled();
    expect(result.current.auth.status).toBe('error');
    expect(result.current.auth.error).toMatchObject({ kind: 'unsafe-url' });
  });
});

describe('useAuthorize for token grants', () => {
  it('fetches the token instead of opening a popup', async () => {
    const { open } = stubPopup();
    const { result } = await renderAuthorize(PERSONIO);

    act(() => result.current.auth.authorize());

    await waitFor(() => expect(result.current.auth.status).toBe('success'));
    expect(open).not.toHaveBeenCalled();
    expect(mock.requests.some((request) => request.path === '/vault/connections/hris/personio/token')).toBe(true);
    expect(stateIn(result.current, PERSONIO)).toEqual({ list: 'callable', detail: 'callable' });
  });

  it('reports a refused token exchange', async () => {
    stubPopup();
    mock.fail({ path: '/vault/connections/hris/personio/token', status: 422 });
    const { result } = await renderAuthorize(PERSONIO);

    act(() => result.current.auth.authorize());

    await waitFor(() => expect(result.current.auth.status).toBe('error'));
    expect(result.current.auth.error).toMatchObject({ kind: 'api', status: 422 });
  });
});
