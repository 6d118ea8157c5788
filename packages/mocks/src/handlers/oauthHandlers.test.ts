import { buildAuthorizeUrl, buildRevokeUrl, type Connection } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { createConfirmToken } from '../oauth/confirmToken.js';
import { apiError, setupMockVault } from '../test/harness.js';

const { mock, client } = setupMockVault();
const REDIRECT = 'https://app.example.com/oauth/callback';
const ref = (unifiedApi: string, serviceId: string) => ({ unifiedApi, serviceId });

const decodeEntities = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** The URL a consent page form submits to (GET: action + its hidden inputs). */
function formTarget(html: string, decision: 'allow' | 'deny'): string {
  const form = new RegExp(`<form method="get" action="([^"]+)" data-decision="${decision}">(.*?)</form>`).exec(html);
  if (!form?.[1] || form[2] === undefined) throw new Error(`no ${decision} form`);
  const url = new URL(decodeEntities(form[1]));
  for (const [, name = '', value = ''] of form[2].matchAll(/name="([^"]+)" value="([^"]*)"/g)) {
    url.searchParams.set(decodeEntities(name), decodeEntities(value));
  }
  return url.toString();
}

/** Opens the consent page of `connection` and clicks Allow or Deny; returns where Vault sends the browser. */
async function consent(connection: Connection, decision: 'allow' | 'deny', nonce?: string): Promise<URL> {
  const page = await fetch(buildAuthorizeUrl(connection, { redirectUri: REDIRECT, nonce, scope: ['read', 'write'] }));
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain(`<h1>Connect ${connection.name}</h1>`);
  const back = await fetch(formTarget(html, decision), { redirect: 'manual' });
  expect(back.status).toBe(302);
  return new URL(back.headers.get('location') ?? '');
}

const fragment = (url: URL) => Object.fromEntries(new URLSearchParams(url.hash.slice(1)));

describe('the OAuth round trip', () => {
  it('authorize page -> Allow -> callback fragment -> confirm makes the connection callable', async () => {
    const linear = await client.connections.get(ref('issue-tracking', 'linear'));
    expect(linear).toMatchObject({ state: 'added', health: 'needs_auth' });

    const back = await consent(linear, 'allow', 'nonce-123');
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
    const { nonce, confirm_token, service_id } = fragment(back);
    expect({ nonce, service_id }).toEqual({ nonce: 'nonce-123', service_id: 'linear' });
    expect(mock.getConnection('issue-tracking', 'linear')).toMatchObject({
      state: 'added',
      health: 'pending_confirmation',
    });

    expect(
      await client.connections.confirm({ ...ref('issue-tracking', 'linear'), confirmToken: confirm_token ?? '' }),
    ).toEqual({ confirmed: true });
    expect(await client.connections.get(ref('issue-tracking', 'linear'))).toMatchObject({
      state: 'callable',
      health: 'ok',
      enabled: true,
    });
    expect(mock.requests.at(-2)?.body).toEqual({ confirm_token });
  });

  it('lands on authorized (not callable) when required settings are still missing', async () => {
    await client.connections.delete(ref('crm', 'hubspot'));
    const hubspot = await client.connections.get(ref('crm', 'hubspot'));
    const { confirm_token = '' } = fragment(await consent(hubspot, 'allow', 'n-hub'));
    await client.connections.confirm({ ...ref('crm', 'hubspot'), confirmToken: confirm_token });
    expect(await client.connections.get(ref('crm', 'hubspot'))).toMatchObject({
      state: 'authorized',
      health: 'missing_settings',
    });
  });

  it('Deny returns access_denied with the nonce and leaves the connection unchanged', async () => {
    const linear = await client.connections.get(ref('issue-tracking', 'linear'));
    const back = await consent(linear, 'deny', 'nonce-9');
    expect(fragment(back)).toEqual({
      error: 'access_denied',
      error_description: 'The user denied access',
      nonce: 'nonce-9',
      service_id: 'linear',
    });
    expect(await client.connections.get(ref('issue-tracking', 'linear'))).toEqual(linear);
  });

  it('without a nonce the legacy flow makes the connection callable at the callback, with no fragment', async () => {
    const back = await consent(await client.connections.get(ref('file-storage', 'onedrive')), 'allow');
    expect(back.hash).toBe('');
    expect(mock.getConnection('file-storage', 'onedrive')).toMatchObject({ state: 'callable', enabled: true });
  });

  it('refuses a replayed, expired, foreign or malformed confirm token', async () => {
    const token = createConfirmToken({ serviceId: 'linear', unifiedApi: 'issue-tracking', nonce: 'n' });
    await client.connections.confirm({ ...ref('issue-tracking', 'linear'), confirmToken: token });
    const replay = await apiError(
      client.connections.confirm({ ...ref('issue-tracking', 'linear'), confirmToken: token }),
    );
    expect([replay.status, replay.body.detail]).toEqual([422, 'The confirm token was already used']);

    const expired = createConfirmToken({
      serviceId: 'linear',
      unifiedApi: 'issue-tracking',
      nonce: 'n2',
      exp: Math.floor(Date.now() / 1000) - 1,
    });
    expect(
      (await apiError(client.connections.confirm({ ...ref('issue-tracking', 'linear'), confirmToken: expired }))).body
        .detail,
    ).toBe('The confirm token has expired');

    const foreign = createConfirmToken({ serviceId: 'github', unifiedApi: 'issue-tracking', nonce: 'n3' });
    expect(
      (await apiError(client.connections.confirm({ ...ref('issue-tracking', 'linear'), confirmToken: foreign })))
        .status,
    ).toBe(422);
    expect(
      (await apiError(client.connections.confirm({ ...ref('issue-tracking', 'linear'), confirmToken: 'garbage!' })))
        .status,
    ).toBe(400);
  });

  it('revoke sends the browser back and returns the connection to added', async () => {
    const salesforce = await client.connections.get(ref('crm', 'salesforce'));
    expect(salesforce.state).toBe('callable');
    const response = await fetch(buildRevokeUrl(salesforce, { redirectUri: REDIRECT }), { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([302, REDIRECT]);
    expect(await client.connections.get(ref('crm', 'salesforce'))).toMatchObject({
      state: 'added',
      health: 'needs_auth',
    });
  });
});

describe('what the consent page refuses', () => {
  it('settings_required_for_authorization must be filled first', async () => {
    const shopify = await client.connections.get(ref('ecommerce', 'shopify'));
    const gated = await fetch(buildAuthorizeUrl(shopify, { redirectUri: REDIRECT, nonce: 'n' }));
    expect(gated.status).toBe(422);
    expect(await gated.json()).toMatchObject({ detail: { missing: [{ subdomain: 'required' }] } });
    await client.connections.update({
      ...ref('ecommerce', 'shopify'),
      connection: { settings: { subdomain: 'acme-shop' } },
    });
    expect((await fetch(buildAuthorizeUrl(shopify, { redirectUri: REDIRECT, nonce: 'n' }))).status).toBe(200);
  });

  it('an integration the application has not configured, and unsafe redirect URIs', async () => {
    mock.setConnection({ ...(mock.getConnection('crm', 'zoho-crm') as Connection), settings: { data_center: 'eu' } });
    const zoho = await client.connections.get(ref('crm', 'zoho-crm'));
    expect((await fetch(buildAuthorizeUrl(zoho, { redirectUri: REDIRECT }))).status).toBe(422);
    const linear = await client.connections.get(ref('issue-tracking', 'linear'));
    const url = new URL(linear.authorize_url ?? '');
    url.searchParams.set('redirect_uri', 'javascript:alert(1)');
    expect((await fetch(url)).status).toBe(400);
  });
});
