import { useConnection } from '@integrations-kit/hooks';
import { AuthorizeButton, enMessages } from '@integrations-kit/ui';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { oauthConnection } from '../test/connections.js';
import { stubPopup, type FakePopup } from '@integrations-kit/test-kit';
import { deliver, genuineHubSpotResult, nonceOf } from '../test/popup.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const vault = setupVaultServer({ connections: [oauthConnection('crm', 'hubspot', 'HubSpot')] });
const { mock } = vault;
const redirectUri = `${window.location.origin}/oauth/callback`;
const ORIGIN = window.location.origin;
const confirms = () => mock.requests.filter((request) => request.path.endsWith('/confirm'));

function LiveButton({ onAuthorized }: { onAuthorized: () => void }) {
  const { data } = useConnection({ unifiedApi: 'crm', serviceId: 'hubspot' });
  return data ? <AuthorizeButton connection={data} redirectUri={redirectUri} onAuthorized={onAuthorized} /> : null;
}

/** Starts a consent flow and returns the popup and a genuine callback message for it. */
async function startFlow() {
  const { popup } = stubPopup();
  const onAuthorized = vi.fn();
  const view = renderKit(<LiveButton onAuthorized={onAuthorized} />, { mock });
  await view.user.click(await screen.findByRole('button', { name: enMessages.oauth.connect('HubSpot') }));
  const nonce = nonceOf(popup);
  const genuine = genuineHubSpotResult(nonce);
  return { ...view, popup, nonce, genuine, onAuthorized };
}

/** Nothing reached the server and the flow still waits for its popup. */
async function expectIgnored(onAuthorized: () => void) {
  // A real pause: a wrongly accepted message would show only as a confirm after MSW's own async steps.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(confirms()).toHaveLength(0);
  expect(onAuthorized).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: enMessages.oauth.waiting('HubSpot') })).toBeInTheDocument();
}

async function expectConfirmedOnce(onAuthorized: () => void) {
  await waitFor(() => expect(onAuthorized).toHaveBeenCalledTimes(1));
  expect(confirms()).toHaveLength(1);
}

describe('the opener trusts only its own popup, origin and nonce', { tags: ['oauth-security'] }, () => {
  it.each([
    ['another site', 'https://evil.example'],
    ['a look-alike host', `${ORIGIN}.evil.example`],
    ['the Vault origin', 'https://unify.apideck.com'],
    ['an opaque origin', 'null'],
  ])('ignores the right message from %s', async (_label, origin) => {
    const { popup, genuine, onAuthorized } = await startFlow();
    deliver(genuine, origin, popup);
    await expectIgnored(onAuthorized);
  });

  it('ignores the right message from a window other than the popup', async () => {
    const { genuine, onAuthorized } = await startFlow();
    deliver(genuine, ORIGIN, window);
    deliver(genuine, ORIGIN, null);
    deliver(genuine, ORIGIN, { closed: false } satisfies Partial<FakePopup>);
    await expectIgnored(onAuthorized);
  });

  it('ignores a wrong, missing or differently cased nonce', async () => {
    const { popup, genuine, nonce, onAuthorized } = await startFlow();
    deliver({ ...genuine, nonce: `${nonce}x` }, ORIGIN, popup);
    deliver({ ...genuine, nonce: undefined }, ORIGIN, popup);
    const recased = nonce.toUpperCase() === nonce ? nonce.toLowerCase() : nonce.toUpperCase();
    if (recased !== nonce) deliver({ ...genuine, nonce: recased }, ORIGIN, popup);
    await expectIgnored(onAuthorized);
  });

  it('ignores a result for another service', async () => {
    const { popup, genuine, onAuthorized } = await startFlow();
    deliver({ ...genuine, service_id: 'salesforce' }, ORIGIN, popup);
    await expectIgnored(onAuthorized);
  });

  it('ignores payloads that are not the callback message', async () => {
    const { popup, genuine, onAuthorized } = await startFlow();
    for (const data of [
      JSON.stringify(genuine),
      null,
      [genuine],
      { ...genuine, type: 'oauth' },
      { ...genuine, confirm_token: { toString: () => 'x' } },
      { ...genuine, nonce: [genuine.nonce] },
    ]) {
      deliver(data, ORIGIN, popup);
    }
    await expectIgnored(onAuthorized);
  });

  it('accepts the genuine message once and ignores its replay', async () => {
    const { popup, genuine, onAuthorized } = await startFlow();
    deliver(genuine, ORIGIN, popup);
    await expectConfirmedOnce(onAuthorized);
    expect(popup.close).toHaveBeenCalled();
    deliver(genuine, ORIGIN, popup);
    deliver(genuine, ORIGIN, popup);
    // A real pause: a replay let through would show only as a second confirm after MSW's async steps.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(confirms()).toHaveLength(1);
    expect(onAuthorized).toHaveBeenCalledTimes(1);
  });

  it('ignores an earlier flow’s message replayed into a new flow', async () => {
    const first = await startFlow();
    first.unmount();
    const second = await startFlow();
    expect(second.nonce).not.toBe(first.nonce);
    deliver(first.genuine, ORIGIN, second.popup);
    await expectIgnored(second.onAuthorized);
    deliver(second.genuine, ORIGIN, second.popup);
    await expectConfirmedOnce(second.onAuthorized);
  });
});
