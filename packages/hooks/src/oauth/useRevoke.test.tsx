import { createVaultClient, type Connection, type ConnectionRef } from '@integrations-kit/client';
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useConnection } from '../connections/useConnection.js';
import { useConnections } from '../connections/useConnections.js';
import { postToOpener, stubPopup } from '@integrations-kit/test-kit';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { SALESFORCE } from '../test/subjects.js';
import { OAUTH_MESSAGE_TYPE } from './oauthMessage.js';
import { CLOSED_GRACE_MS, POLL_MS } from './popup.js';
import { useRevoke } from './useRevoke.js';

const mock = setupVaultServer();
const REDIRECT_URI = `${window.location.origin}/oauth/callback`;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function renderRevoke(ref: ConnectionRef, onSuccess?: (connection: Connection) => void) {
  const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
  const connection = await client.connections.get(ref);
  const rendered = renderWithClient(
    () => ({
      revoke: useRevoke(connection, { redirectUri: REDIRECT_URI, onSuccess }),
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
// The popup's watch runs on timers: faked before the click (the clock still moves, so MSW and waitFor work).
function fakePopupTimers() {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
}
const salesforceIn = (views: Awaited<ReturnType<typeof renderRevoke>>['result']['current']) => ({
  list: views.list.data?.find((c) => c.unified_api === 'crm' && c.service_id === 'salesforce')?.state,
  detail: views.detail.data?.state,
});

describe('useRevoke', () => {
  it('hands back the revoked connection and calls onSuccess with it', async () => {
    const { popup, url } = stubPopup();
    const onSuccess = vi.fn();
    const { result } = await renderRevoke(SALESFORCE, onSuccess);
    act(() => result.current.revoke.revoke());
    await fetch(url(), { redirect: 'manual' });
    act(() => postToOpener({ type: OAUTH_MESSAGE_TYPE }, { origin: window.location.origin, source: popup }));

    await waitFor(() => expect(result.current.revoke.status).toBe('success'));
    expect(result.current.revoke.connection).toMatchObject({ service_id: 'salesforce', state: 'added' });
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith(result.current.revoke.connection);
  });

  it('revokes in a popup on the revoke URL, then shows the connection back to added', async () => {
    const { popup, open, url } = stubPopup();
    const { result } = await renderRevoke(SALESFORCE);

    act(() => result.current.revoke.revoke());

    expect(open).toHaveBeenCalledTimes(1);
    expect(new URL(url()).searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(result.current.revoke.status).toBe('pending');
    // The provider revokes and sends the popup to the callback page, which reports back.
    const answer = await fetch(url(), { redirect: 'manual' });
    expect(answer.headers.get('location')).toContain('/oauth/callback');
    act(() => postToOpener({ type: OAUTH_MESSAGE_TYPE }, { origin: window.location.origin, source: popup }));

    await waitFor(() => expect(result.current.revoke.status).toBe('success'));
    expect(salesforceIn(result.current)).toEqual({ list: 'added', detail: 'added' });
    expect(popup.closed).toBe(true);
  });

  it('reads the connection again when the popup is closed without a message', async () => {
    const { popup, url } = stubPopup();
    const { result } = await renderRevoke(SALESFORCE);
    fakePopupTimers();
    act(() => result.current.revoke.revoke());
    await fetch(url(), { redirect: 'manual' });

    popup.closed = true;
    await act(() => vi.advanceTimersByTimeAsync(POLL_MS + CLOSED_GRACE_MS));

    await waitFor(() => expect(result.current.revoke.status).toBe('success'));
    expect(salesforceIn(result.current)).toEqual({ list: 'added', detail: 'added' });
  });

  it('ends as cancelled when the popup is closed before the revoke happened', async () => {
    const { popup } = stubPopup();
    const onSuccess = vi.fn();
    const { result } = await renderRevoke(SALESFORCE, onSuccess);
    fakePopupTimers();
    act(() => result.current.revoke.revoke());
    const reads = mock.requests.length;

    popup.closed = true;
    await act(() => vi.advanceTimersByTimeAsync(POLL_MS + CLOSED_GRACE_MS));

    await waitFor(() => expect(mock.requests.length).toBeGreaterThan(reads));
    await waitFor(() => expect(result.current.revoke.outcome).toBe('cancelled'));
    expect(result.current.revoke).toMatchObject({ status: 'idle', connection: null, error: null });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(salesforceIn(result.current)).toEqual({ list: 'callable', detail: 'callable' });
  });

  it('waits out the grace period for a popup that reads as closed at once (COOP) before reading', async () => {
    const { popup, url } = stubPopup();
    const { result } = await renderRevoke(SALESFORCE);
    fakePopupTimers();
    act(() => result.current.revoke.revoke());
    popup.closed = true;
    await act(() => vi.advanceTimersByTimeAsync(POLL_MS));
    expect(result.current.revoke.status).toBe('pending');

    // The user finishes on the provider's page while the opener sees the window as closed.
    await fetch(url(), { redirect: 'manual' });
    await act(() => vi.advanceTimersByTimeAsync(CLOSED_GRACE_MS));

    await waitFor(() => expect(result.current.revoke.status).toBe('success'));
    expect(salesforceIn(result.current)).toEqual({ list: 'added', detail: 'added' });
  });

  it('ignores messages from another origin', async () => {
    const { popup } = stubPopup();
    const { result } = await renderRevoke(SALESFORCE);
    act(() => result.current.revoke.revoke());

    act(() => postToOpener({ type: OAUTH_MESSAGE_TYPE }, { origin: 'https://evil.example', source: popup }));

    // A message the flow accepts closes the popup at once.
    expect(popup.closed).toBe(false);
    expect(result.current.revoke.status).toBe('pending');
  });

  it('reports a blocked popup', async () => {
    stubPopup({ blocked: true });
    const { result } = await renderRevoke(SALESFORCE);

    act(() => result.current.revoke.revoke());

    expect(result.current.revoke.status).toBe('blocked');
  });
});
