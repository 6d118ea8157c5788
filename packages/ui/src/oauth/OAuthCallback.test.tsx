import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessagesProvider } from '../i18n/MessagesProvider.js';
import { de } from '../locales/de.js';
import { OAuthCallback } from './OAuthCallback.js';

// The browser boundary: the popup's opener and window.close are stubbed, nothing of ours is mocked.
function stubOpener() {
  const opener = { postMessage: vi.fn(), closed: false };
  vi.stubGlobal('opener', opener);
  vi.spyOn(window, 'close').mockImplementation(() => {});
  return opener;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/oauth/callback');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('OAuthCallback', () => {
  it('posts the confirm token to the opener at exactly its own origin, closes and says so', async () => {
    const opener = stubOpener();
    window.history.replaceState(null, '', '/oauth/callback#nonce=n-1&confirm_token=tok-1&service_id=salesforce');
    const onResult = vi.fn();

    render(<OAuthCallback onResult={onResult} />);

    expect(await screen.findByText('You can close this window.')).toBeInTheDocument();
    expect(opener.postMessage).toHaveBeenCalledTimes(1);
    expect(opener.postMessage).toHaveBeenCalledWith(
      { type: 'integrations-kit:oauth', nonce: 'n-1', confirm_token: 'tok-1', service_id: 'salesforce' },
      window.location.origin,
    );
    expect(opener.postMessage.mock.calls[0]?.[1]).not.toBe('*');
    expect(window.close).toHaveBeenCalled();
    // The single-use token does not stay in the address bar or history.
    expect(window.location.hash).toBe('');
    expect(onResult).toHaveBeenCalledWith(expect.objectContaining({ posted: true }));
  });

  it("shows that access was declined, with the provider's explanation", async () => {
    const opener = stubOpener();
    window.history.replaceState(
      null,
      '',
      '/oauth/callback#error=access_denied&error_description=The%20user%20cancelled&nonce=n-2&service_id=hubspot',
    );

    render(<OAuthCallback />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Access was declined. You can close this window.');
    expect(screen.getByText('The user cancelled')).toBeInTheDocument();
    expect(opener.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({ error: 'access_denied', nonce: 'n-2' }),
      window.location.origin,
    );
  });

  it('explains itself when the page was not opened by the app', async () => {
    render(<OAuthCallback />);
    expect(await screen.findByText(/This window was not opened by the app/)).toBeInTheDocument();
  });

  it('leaves a same-tab result in the URL for useOAuthRedirectResult(), even in a tab with an opener', async () => {
    // What redirect() stored before leaving for the provider: the tab's own pending record.
    const pending = { nonce: 'n-3', serviceId: 'salesforce', unifiedApi: 'crm', returnTo: '/' };
    window.sessionStorage.setItem('integrations-kit:oauth-redirect', JSON.stringify(pending));
    const opener = stubOpener();
    window.history.replaceState(null, '', '/oauth/callback#nonce=n-3&confirm_token=tok-3&service_id=salesforce');
    render(<OAuthCallback />);
    expect(await screen.findByRole('status')).toHaveTextContent('Finishing sign-in…');
    expect(window.location.hash).toBe('#nonce=n-3&confirm_token=tok-3&service_id=salesforce');
    expect(opener.postMessage).not.toHaveBeenCalled();
    expect(window.close).not.toHaveBeenCalled();
    window.sessionStorage.clear();
  });

  it('without an opener (severed by COOP), hands the result to this origin only and closes', async () => {
    const channel = new BroadcastChannel('integrations-kit:oauth');
    const heard = new Promise<unknown>((resolve) => (channel.onmessage = (event) => resolve(event.data)));
    const own = vi.spyOn(window, 'postMessage');
    vi.spyOn(window, 'close').mockImplementation(() => {});
    window.history.replaceState(null, '', '/oauth/callback#nonce=n-5&confirm_token=tok-5&service_id=salesforce');
    render(<OAuthCallback />);
    expect(await screen.findByText('You can close this window.')).toBeInTheDocument();
    await expect(heard).resolves.toEqual({
      type: 'integrations-kit:oauth',
      nonce: 'n-5',
      confirm_token: 'tok-5',
      service_id: 'salesforce',
    });
    channel.close();
    expect(own).not.toHaveBeenCalled();
    expect(window.close).toHaveBeenCalled();
    expect(window.location.hash).toBe('');
  });

  it('speaks German when asked', async () => {
    stubOpener();
    window.history.replaceState(null, '', '/oauth/callback#nonce=n-4&confirm_token=tok-4&service_id=salesforce');
    render(
      <MessagesProvider messages={de}>
        <OAuthCallback />
      </MessagesProvider>,
    );
    expect(await screen.findByText('Sie können dieses Fenster schließen.')).toBeInTheDocument();
  });
});
