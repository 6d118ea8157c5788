import { createConfirmToken } from '../oauth/confirmToken.js';
import { postConsent } from './consentChannel.js';
import { consentButton, consentStyles as s, disableConsentButton } from './consentTheme.js';
import { el } from './el.js';
import { readConsentRequest, type ConsentRequest } from './readConsentRequest.js';

/** Options of `renderMockConsentPage`. */
export interface MockConsentPageOptions {
  /** Leaves the page (defaults to `window.location.assign`); tests pass their own. */
  navigate?: (url: string) => void;
}

function decide(request: ConsentRequest, allow: boolean, navigate: (url: string) => void): void {
  const { serviceId, unifiedApi, applicationId, nonce, redirectUri } = request;
  const returnTo = (url: string, fragment?: Record<string, string>) => {
    const target = new URL(url);
    if (fragment) target.hash = new URLSearchParams(fragment).toString();
    navigate(target.toString());
  };
  const echo = { ...(nonce ? { nonce } : {}), service_id: serviceId };
  if (!allow) {
    const description = request.action === 'revoke' ? 'The user kept the connection' : 'The user denied access';
    return returnTo(redirectUri, { error: 'access_denied', error_description: description, ...echo });
  }
  if (request.action === 'revoke' || !nonce) {
    // No confirm token to carry the decision: tell the opener's mock directly (same origin).
    postConsent({ action: request.action, applicationId, unifiedApi, serviceId });
    return returnTo(redirectUri);
  }
  returnTo(redirectUri, {
    nonce,
    confirm_token: createConfirmToken({ serviceId, unifiedApi, nonce }),
    service_id: serviceId,
  });
}

// Up to two letters or digits of the first words, in any script; the heading carries the name.
function initialsOf(name: string): string {
  const words = name.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  return (
    words
      .slice(0, 2)
      .map((word) => Array.from(word)[0]?.toLocaleUpperCase() ?? '')
      .join('') || '?'
  );
}

function serviceIcon(request: ConsentRequest): HTMLElement {
  const hidden = { 'aria-hidden': 'true', 'data-slot': 'mock-consent-icon' };
  if (request.icon) return el('img', { attributes: { ...hidden, src: request.icon, alt: '' }, style: s.icon });
  return el('span', { attributes: hidden, style: s.icon }, initialsOf(request.name));
}

const NOTICE = 'Simulated provider page (mock Vault): nothing leaves this browser.';

// The page: a centred card under the notice that this is not a real provider.
function page(titleId: string, ...children: Node[]): HTMLElement {
  const card = el('section', { style: s.card }, el('p', { style: s.notice }, NOTICE), ...children);
  return el('main', { attributes: { 'aria-labelledby': titleId, 'data-slot': 'mock-consent' }, style: s.page }, card);
}

function scopeList(scopes: string[]): HTMLElement {
  if (scopes.length === 0) return el('p', { style: s.lead }, 'Basic access to your account.');
  const bullet = () => el('span', { attributes: { 'aria-hidden': 'true' }, style: s.bullet });
  const item = (scope: string, index: number) =>
    el('li', { style: index > 0 ? { ...s.item, borderTop: s.list.border } : s.item }, bullet(), scope);
  return el('ul', { style: s.list }, ...scopes.map(item));
}

function requestedAccess(scopes: string[]): HTMLElement {
  const id = 'ik-mock-consent-scopes';
  const heading = el('h2', { attributes: { id }, style: s.subtitle }, 'Requested access');
  return el('section', { attributes: { 'aria-labelledby': id } }, heading, scopeList(scopes));
}

/**
 * Renders the mock Vault's simulated provider consent page into `root`: a card with the service's
 * icon, a heading, the app asking and what it asks for, and real Allow / Deny buttons (Disconnect /
 * Cancel for a revoke). Allow returns to `redirect_uri` with `#nonce=…&confirm_token=…&service_id=…`;
 * Deny with `#error=access_denied&…`. Mount it on the page your `consentUrl` points at (the
 * playground's `/mock-consent`). Styled inline only: no stylesheet, font or network request.
 */
export function renderMockConsentPage(root: HTMLElement, options: MockConsentPageOptions = {}): void {
  const navigate = options.navigate ?? ((url: string) => window.location.assign(url));
  const titleId = 'ik-mock-consent-title';
  const heading = (text: string) => el('h1', { attributes: { id: titleId }, style: s.title }, text);
  const request = readConsentRequest(window.location.search);
  if ('problem' in request) {
    const problem = el(
      'p',
      { attributes: { role: 'alert' }, style: { ...s.lead, textAlign: 'center' } },
      request.problem,
    );
    root.replaceChildren(page(titleId, el('header', { style: s.header }, heading('Cannot continue')), problem));
    return;
  }
  const { name } = request;
  const revoking = request.action === 'revoke';
  const app = el('strong', { style: s.strong }, request.applicationId);
  const ask = revoking
    ? el('p', { style: s.lead }, app, ` will lose access to your ${name} account.`)
    : el('p', { style: s.lead }, app, ` asks for access to your ${name} account (${request.unifiedApi}).`);
  const allow = consentButton(revoking ? 'Disconnect' : 'Allow', revoking ? 'danger' : 'primary');
  const deny = consentButton(revoking ? 'Cancel' : 'Deny', 'secondary');
  const choose = (grant: boolean) => () => {
    [allow, deny].forEach(disableConsentButton);
    decide(request, grant, navigate);
  };
  allow.addEventListener('click', choose(true));
  deny.addEventListener('click', choose(false));

  root.replaceChildren(
    page(
      titleId,
      el(
        'header',
        { style: s.header },
        serviceIcon(request),
        heading(revoking ? `Disconnect ${name}?` : `Connect ${name}`),
        ask,
      ),
      ...(revoking ? [] : [requestedAccess(request.scopes)]),
      // The way out first and the main choice last, where the eye ends; Allow still gets the focus.
      el('div', { attributes: { role: 'group', 'aria-label': 'Decision' }, style: s.actions }, deny, allow),
      el('p', { style: s.footer }, `Either way, you return to ${new URL(request.redirectUri).host}.`),
    ),
  );
  allow.focus();
}
