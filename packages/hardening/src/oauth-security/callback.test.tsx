import {
  handleOAuthCallback,
  OAUTH_MESSAGE_TYPE,
  useConnection,
  useOAuthRedirectResult,
} from '@integrations-kit/hooks';
import { createConfirmToken } from '@integrations-kit/mocks';
import { AuthorizeButton, OAuthCallback, enMessages } from '@integrations-kit/ui';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { oauthConnection } from '../test/connections.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const vault = setupVaultServer({ connections: [oauthConnection('crm', 'hubspot', 'HubSpot')] });
const { mock } = vault;
const confirms = () => mock.requests.filter((request) => request.path.endsWith('/confirm'));

afterEach(() => {
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});

/** Lands on the callback route with `fragment`, opened by a stub opener whose postMessage is a spy. */
function landOnCallback(fragment: string) {
  window.history.replaceState(null, '', `/oauth/callback#${fragment}`);
  const opener = { closed: false, postMessage: vi.fn() };
  vi.stubGlobal('opener', opener);
  vi.spyOn(window, 'close').mockImplementation(() => {});
  const own = vi.spyOn(window, 'postMessage');
  return { opener, own };
}

/** The target origin of each postMessage call (the string form or `{ targetOrigin }`, default '/'). */
function targetsOf(calls: ReadonlyArray<readonly unknown[]>): unknown[] {
  return calls.map(([, target]) =>
    typeof target === 'object' && target !== null
      ? ((target as { targetOrigin?: string }).targetOrigin ?? '/')
      : target,
  );
}

const token = createConfirmToken({ serviceId: 'hubspot', unifiedApi: 'crm', nonce: 'n-1' });

describe('the callback page posts only to its own origin', { tags: ['oauth-security'] }, () => {
  it.each([
    ['an allowed consent', `nonce=n-1&confirm_token=${token}&service_id=hubspot`],
    ['a declined consent', 'nonce=n-1&error=access_denied&error_description=User%20said%20no'],
    ['an empty fragment', ''],
  ])('handleOAuthCallback with %s', (_label, fragment) => {
    const { opener, own } = landOnCallback(fragment);
    handleOAuthCallback();
    expect(opener.postMessage).toHaveBeenCalledTimes(1);
    expect(opener.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({ type: OAUTH_MESSAGE_TYPE }),
      window.location.origin,
    );
    expect(targetsOf([...opener.postMessage.mock.calls, ...own.mock.calls])).not.toContain('*');
  });

  it('<OAuthCallback /> posts once to its own origin and takes the token out of the URL', () => {
    const { opener, own } = landOnCallback(`nonce=n-1&confirm_token=${token}&service_id=hubspot`);
    const { rerender } = render(<OAuthCallback />);
    rerender(<OAuthCallback />);
    expect(opener.postMessage).toHaveBeenCalledTimes(1);
    expect(opener.postMessage.mock.calls[0]?.[1]).toBe(window.location.origin);
    expect(targetsOf(own.mock.calls)).not.toContain('*');
    expect(window.location.href).not.toContain(token);
  });

  it('without an opener (severed by COOP) posts nothing and reaches only its own origin by BroadcastChannel', async () => {
    window.history.replaceState(null, '', `/oauth/callback#nonce=n-1&confirm_token=${token}`);
    vi.stubGlobal('opener', null);
    vi.spyOn(window, 'close').mockImplementation(() => {});
    const channel = new BroadcastChannel('integrations-kit:oauth');
    const heard = new Promise<unknown>((resolve) => (channel.onmessage = (event) => resolve(event.data)));
    const own = vi.spyOn(window, 'postMessage');
    render(<OAuthCallback />);
    await expect(heard).resolves.toMatchObject({ nonce: 'n-1', confirm_token: token });
    channel.close();
    expect(own).not.toHaveBeenCalled();
    expect(window.location.href).not.toContain(token);
  });
});

function LiveButton({ navigate }: { navigate: (url: string) => void }) {
  const { data } = useConnection({ unifiedApi: 'crm', serviceId: 'hubspot' });
  return data ? (
    <AuthorizeButton connection={data} redirectUri={`${window.location.origin}/oauth/callback`} navigate={navigate} />
  ) : null;
}

/** Starts the same-tab flow the way a user does (popup blocked, "Continue in this tab"); returns its nonce. */
async function startSameTabFlow(): Promise<string> {
  vi.spyOn(window, 'open').mockReturnValue(null);
  const navigate = vi.fn();
  const started = renderKit(<LiveButton navigate={navigate} />, { mock });
  await started.user.click(await screen.findByRole('button', { name: enMessages.oauth.connect('HubSpot') }));
  await started.user.click(await screen.findByRole('button', { name: enMessages.oauth.continueHere }));
  started.unmount();
  return new URL(String(navigate.mock.calls[0]?.[0])).searchParams.get('nonce') ?? '';
}

function RedirectResult() {
  const result = useOAuthRedirectResult();
  return (
    <output aria-label="oauth result">
      {result.status === 'error' ? `error:${(result.error as { code?: string } | null)?.code}` : result.status}
    </output>
  );
}

describe('the same-tab callback accepts only the flow this tab started', { tags: ['oauth-security'] }, () => {
  it('refuses a forged callback link (no flow started here) without confirming anything', async () => {
    window.history.replaceState(null, '', `/oauth/callback#nonce=n-forged&confirm_token=${token}&service_id=hubspot`);
    renderKit(<RedirectResult />, { mock });
    await waitFor(() => expect(screen.getByLabelText('oauth result')).toHaveTextContent('error:state_mismatch'));
    expect(confirms()).toHaveLength(0);
    expect(window.location.href).not.toContain(token);
  });

  it('refuses a callback whose nonce differs from the flow started here', async () => {
    const nonce = await startSameTabFlow();
    const genuine = createConfirmToken({ serviceId: 'hubspot', unifiedApi: 'crm', nonce });

    window.history.replaceState(
      null,
      '',
      `/oauth/callback#nonce=${nonce}x&confirm_token=${genuine}&service_id=hubspot`,
    );
    const wrong = renderKit(<RedirectResult />, { mock });
    await waitFor(() => expect(screen.getByLabelText('oauth result')).toHaveTextContent('error:state_mismatch'));
    wrong.unmount();
    expect(confirms()).toHaveLength(0);
  });

  it('a tab with an opener (opened by another site) finishes its own same-tab flow: nothing posted, the tab stays, /confirm sent', async () => {
    const nonce = await startSameTabFlow();
    const fragment = `nonce=${nonce}&confirm_token=${createConfirmToken({ serviceId: 'hubspot', unifiedApi: 'crm', nonce })}&service_id=hubspot`;
    const { opener } = landOnCallback(fragment);

    const page = render(<OAuthCallback />);
    expect(opener.postMessage).not.toHaveBeenCalled();
    expect(window.close).not.toHaveBeenCalled();
    page.unmount();

    renderKit(<RedirectResult />, { mock });
    await waitFor(() => expect(screen.getByLabelText('oauth result')).toHaveTextContent('success'));
    expect(confirms()).toHaveLength(1);
  });

  it('confirms the flow started here once; the same fragment again is refused', async () => {
    const nonce = await startSameTabFlow();
    const fragment = `#nonce=${nonce}&confirm_token=${createConfirmToken({ serviceId: 'hubspot', unifiedApi: 'crm', nonce })}&service_id=hubspot`;

    window.history.replaceState(null, '', `/oauth/callback${fragment}`);
    const first = renderKit(<RedirectResult />, { mock });
    await waitFor(() => expect(screen.getByLabelText('oauth result')).toHaveTextContent('success'));
    first.unmount();
    expect(confirms()).toHaveLength(1);

    // A replay: the fragment with a trailing marker (a fresh URL, as a reload from history would be).
    window.history.replaceState(null, '', `/oauth/callback${fragment}&replay=1`);
    renderKit(<RedirectResult />, { mock });
    await waitFor(() => expect(screen.getByLabelText('oauth result')).toHaveTextContent('error:state_mismatch'));
    expect(confirms()).toHaveLength(1);
  });
});
