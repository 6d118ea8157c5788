import { createConfirmToken } from '../oauth/confirmToken.js';
import { postConsent } from './consentChannel.js';
import { readConsentRequest, type ConsentRequest } from './readConsentRequest.js';

type Child = Node | string;

// Builds elements with text nodes only: nothing from the URL is ever parsed as HTML.
function el(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

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
  returnTo(redirectUri, { nonce, confirm_token: createConfirmToken({ serviceId, unifiedApi, nonce }), service_id: serviceId });
}

/**
 * Renders the mock Vault's simulated provider consent page into `root`: a heading, what is asked,
 * and real Allow / Deny buttons (Disconnect / Cancel for a revoke). Allow returns to `redirect_uri`
 * with `#nonce=…&confirm_token=…&service_id=…`; Deny with `#error=access_denied&…`. Mount it on the
 * page your `consentUrl` points at (the playground's `/mock-consent`).
 */
export function renderMockConsentPage(root: HTMLElement, options: MockConsentPageOptions = {}): void {
  const navigate = options.navigate ?? ((url: string) => window.location.assign(url));
  const request = readConsentRequest(window.location.search);
  if ('problem' in request) {
    root.replaceChildren(el('main', {}, el('h1', {}, 'Cannot continue'), el('p', { role: 'alert' }, request.problem)));
    return;
  }
  const revoking = request.action === 'revoke';
  const title = revoking ? `Disconnect ${request.name}?` : `Connect ${request.name}`;
  const scopes = request.scopes.length ? el('ul', {}, ...request.scopes.map((scope) => el('li', {}, scope))) : el('p', {}, 'Basic access to your account.');
  const allow = el('button', { type: 'button' }, revoking ? 'Disconnect' : 'Allow');
  const deny = el('button', { type: 'button' }, revoking ? 'Cancel' : 'Deny');
  const buttons = [allow, deny];
  const choose = (grant: boolean) => () => {
    buttons.forEach((button) => button.setAttribute('disabled', ''));
    decide(request, grant, navigate);
  };
  allow.addEventListener('click', choose(true));
  deny.addEventListener('click', choose(false));

  root.replaceChildren(
    el(
      'main',
      { 'aria-labelledby': 'ik-mock-consent-title', 'data-slot': 'mock-consent' },
      el('p', {}, 'Simulated provider page (mock Vault): nothing leaves this browser.'),
      el('h1', { id: 'ik-mock-consent-title' }, title),
      revoking
        ? el('p', {}, `${request.applicationId} will lose access to your ${request.name} account.`)
        : el('p', {}, `${request.applicationId} asks for access to your ${request.name} account (${request.unifiedApi}).`),
      ...(revoking ? [] : [el('h2', {}, 'Requested access'), scopes]),
      el('div', { role: 'group', 'aria-label': 'Decision' }, ...buttons),
    ),
  );
  allow.focus();
}
