// @vitest-environment jsdom
import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readConfirmToken } from '../oauth/confirmToken.js';
import { CONSENT_CHANNEL } from './consentChannel.js';
import { renderMockConsentPage } from './renderMockConsentPage.js';

const REDIRECT = 'http://localhost:5173/oauth/callback';

function open(query: Record<string, string>) {
  window.history.replaceState(null, '', `/mock-consent?${new URLSearchParams(query).toString()}`);
  const root = document.createElement('div');
  document.body.append(root);
  const navigate = vi.fn<(url: string) => void>();
  renderMockConsentPage(root, { navigate });
  const target = () => new URL(navigate.mock.calls[0]?.[0] ?? 'about:blank');
  return { root, navigate, target, fragment: () => Object.fromEntries(new URLSearchParams(target().hash.slice(1))) };
}

const authorize = {
  action: 'authorize',
  service_id: 'xero',
  unified_api: 'accounting',
  application_id: 'ik-demo-app',
  redirect_uri: REDIRECT,
};

afterEach(() => document.body.replaceChildren());

describe('renderMockConsentPage', () => {
  it('shows a heading and real Allow / Deny buttons, the requested scopes, and focuses Allow', () => {
    const { root } = open({ ...authorize, nonce: 'n-1', scope: 'accounting.transactions offline_access' });
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Connect Xero');
    expect(getByRole(root, 'list').textContent).toBe('accounting.transactionsoffline_access');
    expect(document.activeElement).toBe(getByRole(root, 'button', { name: 'Allow' }));
    expect(getByRole(root, 'button', { name: 'Deny' })).toBeTruthy();
  });

  it('names the app asking and shows the service icon from the fixtures, or initials for an unknown service', () => {
    const { root } = open({ ...authorize, nonce: 'n-1' });
    expect(getByRole(root, 'main').textContent).toContain(
      'ik-demo-app asks for access to your Xero account (accounting).',
    );
    const icon = root.querySelector('[data-slot="mock-consent-icon"]');
    expect(icon?.tagName).toBe('IMG');
    expect(icon?.getAttribute('src')).toMatch(/^data:image\/svg\+xml,%3Csvg%20/);
    expect(getByRole(root, 'heading', { level: 2 }).textContent).toBe('Requested access');

    const unknown = open({ ...authorize, service_id: 'bird (message-bird)', nonce: 'n-2' });
    const initials = unknown.root.querySelector('[data-slot="mock-consent-icon"]');
    expect(initials?.tagName).toBe('SPAN');
    expect(initials?.textContent).toBe('BM');
    expect(initials?.getAttribute('aria-hidden')).toBe('true');
  });

  it("lists the connector's default scopes when the link asks for none, and basic access for an unknown service", () => {
    const { root } = open({ ...authorize, nonce: 'n-1' });
    expect(getAllByRole(root, 'listitem').map((item) => item.textContent)).toEqual([
      'accounting.transactions',
      'accounting.contacts',
      'offline_access',
    ]);
    const unknown = open({ ...authorize, service_id: 'acme-books', nonce: 'n-2' });
    expect(queryByRole(unknown.root, 'list')).toBeNull();
    expect(unknown.root.textContent).toContain('Basic access to your account.');
  });

  it('is styled inline only: a centred card, a filled Allow beside an outlined Deny, no stylesheet or font', () => {
    const { root } = open({ ...authorize, nonce: 'n-1', scope: 'a b' });
    const main = getByRole(root, 'main');
    expect(main.style.display).toBe('flex');
    expect(main.style.justifyContent).toBe('center');
    expect(main.style.fontFamily).toContain('system-ui');
    const allow = getByRole(root, 'button', { name: 'Allow' });
    const deny = getByRole(root, 'button', { name: 'Deny' });
    expect(allow.style.backgroundColor).toBe('rgb(29, 78, 216)');
    expect(allow.style.color).toBe('rgb(255, 255, 255)');
    expect(deny.style.backgroundColor).toBe('rgb(255, 255, 255)');
    expect(document.querySelectorAll('style, link')).toHaveLength(0);
    expect(root.querySelector('[style*="url("]')).toBeNull();
  });

  it('shows a focus ring on the focused button and none once focus leaves', () => {
    const { root } = open({ ...authorize, nonce: 'n-1' });
    const allow = getByRole(root, 'button', { name: 'Allow' });
    const deny = getByRole(root, 'button', { name: 'Deny' });
    expect(allow.style.outline).toMatch(/3px solid/);
    deny.focus();
    expect(deny.style.outline).toMatch(/3px solid/);
    expect(allow.style.outline).toBe('none');
  });

  it('Allow returns to the redirect URI with the nonce, a confirm token for this connection and the service id', () => {
    const { root, navigate, target, fragment } = open({ ...authorize, nonce: 'n-1' });
    getByRole(root, 'button', { name: 'Allow' }).click();
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(`${target().origin}${target().pathname}`).toBe(REDIRECT);
    const { nonce, confirm_token, service_id } = fragment();
    expect({ nonce, service_id }).toEqual({ nonce: 'n-1', service_id: 'xero' });
    expect(readConfirmToken(confirm_token ?? '')).toMatchObject({
      serviceId: 'xero',
      unifiedApi: 'accounting',
      nonce: 'n-1',
    });
    expect(getByRole(root, 'button', { name: 'Allow' }).hasAttribute('disabled')).toBe(true);
  });

  it('Deny returns access_denied with the nonce', () => {
    const { root, fragment } = open({ ...authorize, nonce: 'n-2' });
    getByRole(root, 'button', { name: 'Deny' }).click();
    expect(fragment()).toEqual({
      error: 'access_denied',
      error_description: 'The user denied access',
      nonce: 'n-2',
      service_id: 'xero',
    });
  });

  it('reads the unified API and application from the mock state when the query lacks them', () => {
    const state = btoa(
      JSON.stringify({ application_id: 'ik-demo-app', consumer_id: 'c', unified_api: 'crm', service_id: 'hubspot' }),
    ).replace(/=+$/, '');
    const { root, fragment } = open({ service_id: 'hubspot', state, redirect_uri: REDIRECT, nonce: 'n-3' });
    getByRole(root, 'button', { name: 'Allow' }).click();
    expect(readConfirmToken(fragment().confirm_token ?? '')).toMatchObject({ unifiedApi: 'crm', serviceId: 'hubspot' });
  });

  it('a revoke asks to disconnect and tells the opener mock over the channel', async () => {
    const channel = new BroadcastChannel(CONSENT_CHANNEL);
    const received = new Promise<unknown>((resolve) => {
      channel.onmessage = (event: MessageEvent<unknown>) => resolve(event.data);
    });
    const { root, target } = open({ ...authorize, action: 'revoke' });
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Disconnect Xero?');
    getByRole(root, 'button', { name: 'Disconnect' }).click();
    expect(await received).toEqual({
      type: 'integrations-kit:mock-consent',
      action: 'revoke',
      applicationId: 'ik-demo-app',
      unifiedApi: 'accounting',
      serviceId: 'xero',
    });
    expect(target().toString()).toBe(REDIRECT);
    channel.close();
  });

  it('refuses an unsafe redirect URI and shows URL text only as text', () => {
    const { root } = open({ ...authorize, redirect_uri: 'javascript:alert(1)' });
    expect(getByRole(root, 'alert').textContent).toBe('The link has no safe address to return to.');
    expect(queryByRole(root, 'button')).toBeNull();

    const hostile = open({ ...authorize, service_id: '<img src=x onerror=alert(1)>' });
    expect(getByRole(hostile.root, 'heading', { level: 1 }).textContent).toBe('Connect <img src=x onerror=alert(1)>');
    expect(hostile.root.querySelector('img')).toBeNull();
  });
});
