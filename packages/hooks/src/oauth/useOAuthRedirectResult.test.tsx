import { createVaultClient } from '@integrations-kit/client';
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useConnections } from '../connections/useConnections.js';
import { answerConsent } from '../test/consent.js';
import { stubPopup } from '@integrations-kit/test-kit';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { ONEDRIVE } from '../test/subjects.js';
import { useAuthorize } from './useAuthorize.js';
import { useOAuthRedirectResult } from './useOAuthRedirectResult.js';

const mock = setupVaultServer();
const REDIRECT_URI = `${window.location.origin}/oauth/callback`;
const STORAGE_KEY = 'integrations-kit:oauth-redirect';

afterEach(() => {
  vi.restoreAllMocks();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** Blocked popup → `redirect()`; returns the URL the tab was sent to. */
async function redirectFromBlockedPopup() {
  stubPopup({ blocked: true });
  window.history.replaceState(null, '', '/settings/integrations');
  const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
  const connection = await client.connections.get(ONEDRIVE);
  const navigate = vi.fn<(url: string) => void>();
  const { result } = renderWithClient(() => useAuthorize(connection, { redirectUri: REDIRECT_URI, navigate }), {
    mock,
    client,
  });

  act(() => result.current.authorize());
  expect(result.current.status).toBe('blocked');
  act(() => result.current.redirect());

  expect(navigate).toHaveBeenCalledTimes(1);
  return new URL(navigate.mock.calls[0]?.[0] ?? '');
}

/** The browser lands back on the redirect URI with Vault's fragment. */
function landOn(back: URL) {
  window.history.replaceState(null, '', `${back.pathname}${back.search}${back.hash}`);
}
const confirms = () => mock.requests.filter((request) => request.path.endsWith('/confirm'));

describe('blocked popup → redirect → useOAuthRedirectResult', () => {
  it('continues in the same tab, then confirms on return and cleans the URL and storage', async () => {
    const authorizeUrl = await redirectFromBlockedPopup();
    const stored = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    expect(stored).toEqual({
      nonce: authorizeUrl.searchParams.get('nonce'),
      serviceId: 'onedrive',
      unifiedApi: 'file-storage',
      returnTo: `${window.location.origin}/settings/integrations`,
    });

    landOn(await answerConsent(authorizeUrl.toString(), 'allow'));
    const { result } = renderWithClient(() => ({ outcome: useOAuthRedirectResult(), list: useConnections() }), {
      mock,
    });

    expect(result.current.outcome.status).toBe('pending');
    await waitFor(() => expect(result.current.outcome.status).toBe('success'));
    expect(result.current.outcome.connection).toMatchObject({ service_id: 'onedrive', state: 'callable' });
    expect(result.current.outcome.returnTo).toBe(`${window.location.origin}/settings/integrations`);
    expect(confirms()).toHaveLength(1);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/oauth/callback');
    expect(window.sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    await waitFor(() =>
      expect(
        result.current.list.data?.find((c) => c.service_id === 'onedrive' && c.unified_api === 'file-storage')?.state,
      ).toBe('callable'),
    );
  });

  it('confirms once even when StrictMode runs the effect twice', async () => {
    const authorizeUrl = await redirectFromBlockedPopup();
    landOn(await answerConsent(authorizeUrl.toString(), 'allow'));

    const { result } = renderWithClient(() => useOAuthRedirectResult(), { mock, strict: true });

    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(confirms()).toHaveLength(1);
  });

  it('refuses a result whose nonce is not the one stored here (state check)', async () => {
    const authorizeUrl = await redirectFromBlockedPopup();
    const back = await answerConsent(authorizeUrl.toString(), 'allow');
    window.sessionStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ nonce: 'someone-elses', serviceId: 'onedrive', unifiedApi: 'file-storage', returnTo: '/' }),
    );
    landOn(back);

    const { result } = renderWithClient(() => useOAuthRedirectResult(), { mock });

    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'state_mismatch' });
    expect(confirms()).toHaveLength(0);
    expect(window.location.hash).toBe('');
  });

  it('reports a denial and leaves the connection unchanged', async () => {
    const authorizeUrl = await redirectFromBlockedPopup();
    landOn(await answerConsent(authorizeUrl.toString(), 'deny'));

    const { result } = renderWithClient(() => useOAuthRedirectResult(), { mock });

    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'access_denied', denied: true });
    expect(confirms()).toHaveLength(0);
    expect(mock.getConnection('file-storage', 'onedrive')?.state).toBe('available');
  });

  it('stays idle and sends nothing on a page without an OAuth result', async () => {
    window.history.replaceState(null, '', '/oauth/callback#/some/route');

    const { result } = renderWithClient(() => useOAuthRedirectResult(), { mock });
    // A real pause: a request wrongly sent would reach the mock's log only after MSW's async steps.
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(result.current).toEqual({ status: 'idle', connection: null, error: null, returnTo: null });
    expect(mock.requests).toHaveLength(0);
    expect(window.location.hash).toBe('#/some/route');
  });
});
