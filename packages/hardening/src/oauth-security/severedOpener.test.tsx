import { useConnection } from '@integrations-kit/hooks';
import { AuthorizeButton, enMessages } from '@integrations-kit/ui';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oauthConnection } from '../test/connections.js';
import { stubPopup } from '@integrations-kit/test-kit';
import { genuineHubSpotResult, nonceOf } from '../test/popup.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const vault = setupVaultServer({ connections: [oauthConnection('crm', 'hubspot', 'HubSpot')] });
const { mock } = vault;
const confirms = () => mock.requests.filter((request) => request.path.endsWith('/confirm'));
const detailReads = () =>
  mock.requests.filter((request) => request.method === 'GET' && request.path === '/vault/connections/crm/hubspot');

function LiveButton({ onAuthorized, redirectUri }: { onAuthorized: () => void; redirectUri: string }) {
  const { data } = useConnection({ unifiedApi: 'crm', serviceId: 'hubspot' });
  return data ? <AuthorizeButton connection={data} redirectUri={redirectUri} onAuthorized={onAuthorized} /> : null;
}

/** Starts a consent whose popup the provider's COOP severs: `closed` reads true at once. */
async function startSeveredFlow(redirectUri = `${window.location.origin}/oauth/callback`) {
  const { popup } = stubPopup();
  const onAuthorized = vi.fn();
  const view = renderKit(<LiveButton onAuthorized={onAuthorized} redirectUri={redirectUri} />, { mock });
  await view.user.click(await screen.findByRole('button', { name: enMessages.oauth.connect('HubSpot') }));
  const nonce = nonceOf(popup);
  popup.closed = true;
  const genuine = genuineHubSpotResult(nonce);
  return { ...view, popup, nonce, genuine, onAuthorized };
}

const byChannel = (data: unknown) => {
  const channel = new BroadcastChannel('integrations-kit:oauth');
  channel.postMessage(data);
  channel.close();
};
const byStorage = (data: unknown) =>
  window.dispatchEvent(
    new StorageEvent('storage', {
      key: 'integrations-kit:oauth-result',
      newValue: typeof data === 'string' ? data : JSON.stringify(data),
      storageArea: window.localStorage,
    }),
  );

// A real pause: a forged result let through would show only as a confirm after MSW's async steps.
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

describe.each([
  ['BroadcastChannel', byChannel],
  ['storage event', byStorage],
])(
  'a severed popup’s result by %s: same nonce and service checks as postMessage',
  { tags: ['oauth-security'] },
  (_label, send) => {
    it('rejects a wrong, missing or recased nonce, another service and malformed payloads; then takes the genuine one once', async () => {
      const { genuine, nonce, onAuthorized } = await startSeveredFlow();
      const recased = nonce.toUpperCase() === nonce ? nonce.toLowerCase() : nonce.toUpperCase();
      for (const forged of [
        { ...genuine, nonce: `${nonce}x` },
        { ...genuine, nonce: undefined },
        ...(recased === nonce ? [] : [{ ...genuine, nonce: recased }]),
        { ...genuine, service_id: 'salesforce' },
        { ...genuine, type: 'oauth' },
        { ...genuine, confirm_token: ['x'] },
        null,
      ]) {
        act(() => send(forged));
      }
      await settle();
      expect(confirms()).toHaveLength(0);
      expect(onAuthorized).not.toHaveBeenCalled();

      act(() => send(genuine));
      await waitFor(() => expect(onAuthorized).toHaveBeenCalledTimes(1));
      act(() => send(genuine));
      await settle();
      expect(confirms()).toHaveLength(1);
    });

    it('is not heard when the callback page is on another origin than this page', async () => {
      const { genuine, onAuthorized } = await startSeveredFlow('https://elsewhere.example/oauth/callback');
      act(() => send(genuine));
      await settle();
      expect(confirms()).toHaveLength(0);
      expect(onAuthorized).not.toHaveBeenCalled();
    });
  },
);

describe(
  'a popup that reads closed early is believed only after a grace period and a re-read',
  { tags: ['oauth-security'] },
  () => {
    // The popup's watch (a 0.5 s poll, then a 1.5 s grace) runs on a fake clock, faked before the
    // click; it still moves, so MSW and Testing Library work.
    beforeEach(() => {
      vi.useFakeTimers({
        shouldAdvanceTime: true,
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
      });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('re-reads the connection, falls back to Connect, and still finishes when the severed popup reports later', async () => {
      const { genuine, onAuthorized } = await startSeveredFlow();
      const reads = detailReads().length;
      expect(screen.getByRole('button', { name: enMessages.oauth.waiting('HubSpot') })).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(2000));
      await waitFor(() => expect(detailReads().length).toBe(reads + 1));
      expect(await screen.findByRole('button', { name: enMessages.oauth.connect('HubSpot') })).toBeInTheDocument();

      // The user was still on the consent page: Allow there reaches this page by broadcast.
      act(() => byChannel(genuine));
      await waitFor(() => expect(onAuthorized).toHaveBeenCalledTimes(1));
      expect(confirms()).toHaveLength(1);
    });

    it('does not re-read within the grace period; a connection the later re-read finds authorized counts as connected', async () => {
      const { onAuthorized } = await startSeveredFlow();
      const reads = detailReads().length;
      // Past the first closed-poll (500 ms), inside the grace period.
      await act(() => vi.advanceTimersByTimeAsync(1200));
      expect(detailReads()).toHaveLength(reads);
      mock.authorize('crm', 'hubspot');
      await act(() => vi.advanceTimersByTimeAsync(800));
      await waitFor(() => expect(onAuthorized).toHaveBeenCalledTimes(1));
      expect(confirms()).toHaveLength(0);
    });
  },
);
