import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from './fixtures/fixtures.js';
import { testConnection } from './fixtures/testConnection.js';
import { createConfirmToken } from './oauth/confirmToken.js';
import { encodeCallbackState } from './oauth/oauthState.js';
import { createMockSessionToken } from './session/createMockSessionToken.js';
import { loadContract, type Contract } from './test/contract.js';
import { json, setupMockVault } from './test/harness.js';

// The contract dialect: the live one knowingly differs where the contract is loose (see `Dialect`).
const { mock, call } = setupMockVault({ dialect: 'contract' });
let contracts: Record<'vault' | 'connector', Contract>;
// Parsing the two documents takes a few seconds on a busy machine.
beforeAll(() => {
  contracts = { vault: loadContract('vault'), connector: loadContract('connector') };
}, 60_000);

const ONE = '/vault/connections/{unified_api}/{service_id}';
const CONFIG = `${ONE}/{resource}/config`;
const CONNECTORS = '/connector/connectors';
const MAPPINGS = '/vault/custom-mappings/{unified_api}/{service_id}';
const MAPPING = `${MAPPINGS}/{target_field_id}`;
const BAMBOO = '/vault/connections/hris/bamboohr';
const STALE = '/vault/custom-mappings/hris/bamboohr/hris+employees+shirt_size';
const UNMAPPED = '/vault/custom-mappings/hris/bamboohr/hris+employees+cost_center';
const DOC = '/connector/connectors/{id}/docs/{doc_id}';
const expired = () => createMockSessionToken({ appId: mock.appId, consumerId: mock.consumerId, expiresIn: -60 });
const callbackState = (extra: Record<string, string>) =>
  encodeCallbackState({
    application_id: 'ik-demo-app',
    consumer_id: 'acme-user-1',
    unified_api: 'crm',
    service_id: 'salesforce',
    redirect_uri: 'https://app.example.com/cb',
    ...extra,
  });

// A fixture's OAuth link (pointing at the default mock) as a path, with a redirect URI added.
const linkOf = (id: string, link: 'authorize_url' | 'revoke_url') => {
  const url = new URL(fixtures.connections.find((connection) => connection.id === id)?.[link] ?? '');
  url.searchParams.set('redirect_uri', 'https://app.example.com/cb');
  return `${url.pathname}${url.search}`;
};

// A request the contract forbids: the mock answers 422 before its own checks (see contract/requestCheck.test.ts).
const breaksContract = () => mock.allowContractErrors();

/** [what, contract path, method, request path, request init, expected status, setup] */
type Case = [string, string, string, string, RequestInit & { headers?: Record<string, string> }, number, (() => void)?];

const cases: Case[] = [
  ['list', '/vault/connections', 'GET', '/vault/connections', {}, 200],
  ['list by api, configured', '/vault/connections', 'GET', '/vault/connections?api=crm&configured=true', {}, 200],
  ['list with a bad flag', '/vault/connections', 'GET', '/vault/connections?configured=maybe', {}, 422, breaksContract],
  [
    'list without a session',
    '/vault/connections',
    'GET',
    '/vault/connections',
    { headers: { Authorization: '' } },
    401,
  ],
  [
    'list with an expired session',
    '/vault/connections',
    'GET',
    '/vault/connections',
    { headers: { Authorization: `Bearer ${expired()}` } },
    401,
  ],
  [
    'list for another app',
    '/vault/connections',
    'GET',
    '/vault/connections',
    { headers: { 'x-apideck-app-id': 'other' } },
    401,
  ],
  ['get unknown', ONE, 'GET', '/vault/connections/crm/nope', {}, 404],
  [
    'create',
    ONE,
    'POST',
    '/vault/connections/accounting/freshbooks',
    { method: 'POST', body: json({ enabled: true }) },
    200,
  ],
  [
    'create an added one',
    ONE,
    'POST',
    '/vault/connections/crm/salesforce',
    { method: 'POST', body: json({ enabled: true }) },
    422,
  ],
  [
    'create with a bad body',
    ONE,
    'POST',
    '/vault/connections/accounting/freshbooks',
    { method: 'POST', body: json({ enabled: 'yes' }) },
    422,
    breaksContract,
  ],
  [
    'update',
    ONE,
    'PATCH',
    '/vault/connections/crm/close',
    { method: 'PATCH', body: json({ settings: { api_key: 'k' } }) },
    200,
  ],
  [
    'update with a bad email',
    ONE,
    'PATCH',
    '/vault/connections/crm/hubspot',
    { method: 'PATCH', body: json({ settings: { notification_email: 'nope' } }) },
    422,
  ],
  [
    'update with a non-JSON body',
    ONE,
    'PATCH',
    '/vault/connections/crm/hubspot',
    { method: 'PATCH', body: '{oops' },
    400,
  ],
  [
    'update unknown',
    ONE,
    'PATCH',
    '/vault/connections/crm/nope',
    { method: 'PATCH', body: json({ enabled: true }) },
    404,
  ],
  ['delete', ONE, 'DELETE', '/vault/connections/crm/salesforce', { method: 'DELETE' }, 204],
  ['delete an available one', ONE, 'DELETE', '/vault/connections/hris/gusto', { method: 'DELETE' }, 404],
  [
    'import',
    `${ONE}/import`,
    'POST',
    '/vault/connections/file-storage/onedrive/import',
    { method: 'POST', body: json({ credentials: { access_token: 'a', refresh_token: 'r' } }) },
    200,
  ],
  [
    'import without tokens',
    `${ONE}/import`,
    'POST',
    '/vault/connections/file-storage/onedrive/import',
    { method: 'POST', body: json({ credentials: { id_token: 'x' } }) },
    422,
    breaksContract,
  ],
  [
    'import for an API key connector',
    `${ONE}/import`,
    'POST',
    '/vault/connections/crm/close/import',
    { method: 'POST', body: json({ credentials: { access_token: 'a' } }) },
    422,
  ],
  ['token', `${ONE}/token`, 'POST', '/vault/connections/hris/personio/token', { method: 'POST', body: json({}) }, 200],
  [
    'token for authorization code',
    `${ONE}/token`,
    'POST',
    '/vault/connections/crm/salesforce/token',
    { method: 'POST', body: json({}) },
    422,
  ],
  [
    'token with credentials in the body',
    `${ONE}/token`,
    'POST',
    '/vault/connections/hris/personio/token',
    { method: 'POST', body: json({ client_secret: 'x' }) },
    422,
    breaksContract,
  ],
  [
    'validate',
    `${ONE}/validate`,
    'POST',
    '/vault/connections/crm/salesforce/validate',
    { method: 'POST', body: json({}) },
    200,
  ],
  [
    'validate with failing refresh',
    `${ONE}/validate`,
    'POST',
    '/vault/connections/crm/teamleader/validate',
    { method: 'POST', body: json({}) },
    422,
  ],
  [
    'validate not added',
    `${ONE}/validate`,
    'POST',
    '/vault/connections/crm/zoho-crm/validate',
    { method: 'POST', body: json({}) },
    422,
  ],
  [
    'validate with credentials in the body',
    `${ONE}/validate`,
    'POST',
    '/vault/connections/crm/salesforce/validate',
    { method: 'POST', body: json({ access_token: 'x' }) },
    422,
    breaksContract,
  ],
  [
    'confirm',
    `${ONE}/confirm`,
    'POST',
    '/vault/connections/crm/hubspot/confirm',
    {
      method: 'POST',
      body: json({ confirm_token: createConfirmToken({ serviceId: 'hubspot', unifiedApi: 'crm', nonce: 'n1' }) }),
    },
    200,
  ],
  [
    'confirm without a token',
    `${ONE}/confirm`,
    'POST',
    '/vault/connections/crm/hubspot/confirm',
    { method: 'POST', body: json({}) },
    422,
    breaksContract,
  ],
  [
    'confirm for another connection',
    `${ONE}/confirm`,
    'POST',
    '/vault/connections/crm/hubspot/confirm',
    {
      method: 'POST',
      body: json({ confirm_token: createConfirmToken({ serviceId: 'xero', unifiedApi: 'accounting', nonce: 'n2' }) }),
    },
    422,
  ],
  ['resource settings', CONFIG, 'GET', '/vault/connections/crm/salesforce/leads/config', {}, 200],
  [
    'resource settings of an unknown resource',
    CONFIG,
    'GET',
    '/vault/connections/crm/salesforce/planets/config',
    {},
    404,
  ],
  [
    'update resource settings',
    CONFIG,
    'PATCH',
    '/vault/connections/crm/salesforce/leads/config',
    {
      method: 'PATCH',
      body: json({ configuration: [{ resource: 'leads', defaults: [{ id: 'lead_source', value: 'event' }] }] }),
    },
    200,
  ],
  [
    'update resource settings with a bad option',
    CONFIG,
    'PATCH',
    '/vault/connections/crm/salesforce/leads/config',
    {
      method: 'PATCH',
      body: json({ configuration: [{ resource: 'leads', defaults: [{ id: 'lead_source', value: 'tv' }] }] }),
    },
    422,
  ],
  [
    'update resource settings with a bad body',
    CONFIG,
    'PATCH',
    '/vault/connections/crm/salesforce/leads/config',
    { method: 'PATCH', body: json({ configuration: 'x' }) },
    422,
    breaksContract,
  ],
  [
    'custom fields',
    `${ONE}/{resource}/custom-fields`,
    'GET',
    '/vault/connections/crm/salesforce/leads/custom-fields',
    {},
    200,
  ],
  [
    'custom fields of an uncallable connection',
    `${ONE}/{resource}/custom-fields`,
    'GET',
    '/vault/connections/crm/hubspot/contacts/custom-fields',
    {},
    422,
  ],
  [
    'authorize without redirect',
    '/vault/authorize/{service_id}/{application_id}',
    'GET',
    '/vault/authorize/salesforce/ik-demo-app?state=x',
    {},
    422,
    breaksContract,
  ],
  [
    'authorize for another app',
    '/vault/authorize/{service_id}/{application_id}',
    'GET',
    '/vault/authorize/salesforce/other?state=x&redirect_uri=https://a.example/cb',
    {},
    404,
  ],
  [
    'authorize before the required settings',
    '/vault/authorize/{service_id}/{application_id}',
    'GET',
    linkOf('ecommerce+shopify', 'authorize_url'),
    {},
    422,
  ],
  [
    'callback after Deny',
    '/vault/callback',
    'GET',
    `/vault/callback?error=access_denied&state=${callbackState({ nonce: 'n' })}`,
    {},
    302,
  ],
  ['revoke', '/vault/revoke/{service_id}/{application_id}', 'GET', linkOf('crm+salesforce', 'revoke_url'), {}, 302],
  ['callback with a bad state', '/vault/callback', 'GET', '/vault/callback?state=bad&code=c', {}, 400],
  ['callback', '/vault/callback', 'GET', `/vault/callback?code=c&state=${callbackState({ nonce: 'n' })}`, {}, 302],
  [
    'revoke with a bad state',
    '/vault/revoke/{service_id}/{application_id}',
    'GET',
    '/vault/revoke/salesforce/ik-demo-app?state=x&redirect_uri=https://a.example/cb',
    {},
    400,
  ],
  ['custom mappings', MAPPINGS, 'GET', '/vault/custom-mappings/hris/bamboohr', {}, 200],
  [
    'custom mappings of a resource',
    `${ONE}/{resource}/custom-mappings`,
    'GET',
    `${BAMBOO}/employees/custom-mappings`,
    {},
    200,
  ],
  ['custom mappings, not callable', MAPPINGS, 'GET', '/vault/custom-mappings/crm/hubspot', {}, 422],
  ['custom mapping', MAPPING, 'GET', STALE, {}, 200],
  ['custom mapping, unknown target', MAPPING, 'GET', `${STALE}x`, {}, 404],
  ['map a target', MAPPING, 'POST', UNMAPPED, { method: 'POST', body: json({ value: '$.payRate.amount' }) }, 200],
  ['map a mapped target', MAPPING, 'POST', STALE, { method: 'POST', body: json({ value: '$.customShirtSize' }) }, 422],
  ['map to no JSONPath', MAPPING, 'POST', UNMAPPED, { method: 'POST', body: json({ value: 'payRate' }) }, 422],
  ['map to a number', MAPPING, 'POST', UNMAPPED, { method: 'POST', body: json({ value: 1 }) }, 422, breaksContract],
  [
    'remap a stale mapping',
    MAPPING,
    'PATCH',
    STALE,
    { method: 'PATCH', body: json({ value: '$.customShirtSize' }) },
    200,
  ],
  ['remap an unknown target', MAPPING, 'PATCH', `${STALE}x`, { method: 'PATCH', body: json({ value: '$.id' }) }, 404],
  ['unmap', MAPPING, 'DELETE', STALE, { method: 'DELETE' }, 204],
  ['unmap an unmapped target', MAPPING, 'DELETE', UNMAPPED, { method: 'DELETE' }, 404],
  ['resource example', `${ONE}/{resource}/example`, 'GET', `${BAMBOO}/employees/example`, {}, 200],
  ['example of an unknown resource', `${ONE}/{resource}/example`, 'GET', `${BAMBOO}/planets/example`, {}, 404],
  ['resource schema', `${ONE}/{resource}/schema`, 'GET', `${BAMBOO}/employees/schema`, {}, 200],
  [
    'schema, not callable',
    `${ONE}/{resource}/schema`,
    'GET',
    '/vault/connections/hris/gusto/employees/schema',
    {},
    422,
  ],
  ['connectors', CONNECTORS, 'GET', CONNECTORS, {}, 200],
  [
    'connectors page 2, filtered',
    CONNECTORS,
    'GET',
    `${CONNECTORS}?limit=2&filter[unified_api]=crm&cursor=Y29ubmVjdG9yczo6b2Zmc2V0Ojoy`,
    {},
    200,
  ],
  ['connectors with a bad limit', CONNECTORS, 'GET', `${CONNECTORS}?limit=500`, {}, 422, breaksContract],
  ['connectors with an unknown filter', CONNECTORS, 'GET', `${CONNECTORS}?filter[name]=x`, {}, 422, breaksContract],
  [
    'connectors without a session',
    CONNECTORS,
    'GET',
    CONNECTORS,
    { headers: { Authorization: 'Bearer not-a-jwt' } },
    401,
  ],
  ['unknown connector', '/connector/connectors/{id}', 'GET', '/connector/connectors/nope', {}, 404],
  ['unknown connector doc', DOC, 'GET', '/connector/connectors/salesforce/docs/nope', {}, 404],
  ['doc of an unknown connector', DOC, 'GET', '/connector/connectors/nope/docs/consumer+connection', {}, 404],
  [
    'an injected 402',
    '/vault/connections',
    'GET',
    '/vault/connections',
    {},
    402,
    () => mock.fail({ path: '/vault/connections', status: 402 }),
  ],
  [
    'an injected 429',
    CONNECTORS,
    'GET',
    CONNECTORS,
    {},
    429,
    () => mock.fail({ path: CONNECTORS, status: 429, headers: { 'Retry-After': '3' } }),
  ],
  [
    'an injected 500',
    ONE,
    'PATCH',
    '/vault/connections/crm/close',
    { method: 'PATCH', body: json({}) },
    500,
    () => mock.fail({ method: 'PATCH', path: /close$/, status: 500 }),
  ],
];

const contractOf = (path: string) => (path.startsWith('/connector') ? contracts.connector : contracts.vault);

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

describe('every handler answers what the OpenAPI contract says', () => {
  it.each(cases)('%s', async (_what, template, method, path, init, status, setup) => {
    setup?.();
    const response = await call(path, init);
    expect(response.status).toBe(status);
    const body = await bodyOf(response);
    const contract = contractOf(template);
    if (status >= 300 && status < 400) {
      // DESIGN has the mock redirect with 302; the contract documents a body-less 301 redirect.
      expect(contract.lists(template, method, 301)).toBe(true);
      expect(body).toBeUndefined();
      return;
    }
    expect(contract.validate(template, method, status, body)).toEqual([]);
    // Success statuses must be ones the contract names, not merely allowed by `default`.
    if (status < 300) expect(contract.lists(template, method, status)).toBe(true);
  });

  it('answers every fixture connection, in the list and alone, in the contract shape', async () => {
    const list = await bodyOf(await call('/vault/connections'));
    expect(contracts.vault.validate('/vault/connections', 'GET', 200, list)).toEqual([]);
    for (const { unified_api, service_id } of fixtures.connections) {
      const body = await bodyOf(await call(`/vault/connections/${unified_api}/${service_id}`));
      expect(contracts.vault.validate(ONE, 'GET', 200, body), `${unified_api}+${service_id}`).toEqual([]);
    }
  });

  it('serves a testConnection() set on the mock in the contract shape, with a local icon', async () => {
    mock.setConnection(testConnection('crm', 'acme', 'Acme CRM', { state: 'added', enabled: false }));
    const body = await bodyOf(await call('/vault/connections/crm/acme'));
    expect(contracts.vault.validate(ONE, 'GET', 200, body)).toEqual([]);
    expect(body).toMatchObject({
      data: { name: 'Acme CRM', state: 'added', enabled: false, tag_line: 'Acme CRM for growing teams' },
    });
    expect(testConnection('crm', 'acme', 'Acme CRM').icon).toMatch(/^data:image\/svg\+xml,%3Csvg%20/);
  });

  it('answers every fixture connector alone in the contract shape', async () => {
    for (const { id } of fixtures.connectors) {
      const body = await bodyOf(await call(`/connector/connectors/${id}`));
      expect(contracts.connector.validate('/connector/connectors/{id}', 'GET', 200, body), id).toEqual([]);
    }
  });

  it("answers every doc a fixture connector lists as the contract's text/markdown", async () => {
    expect(contracts.connector.mediaTypes(DOC, 'GET', 200)).toEqual(['text/markdown']);
    const listed = fixtures.connectors.flatMap(({ id, docs = [] }) => docs.map((doc) => [id, doc.id] as const));
    expect(listed.length).toBeGreaterThan(3);
    for (const [id, docId] of listed) {
      const response = await call(`/connector/connectors/${id}/docs/${docId}`);
      expect(response.status, id).toBe(200);
      expect(response.headers.get('content-type'), id).toMatch(/^text\/markdown\b/);
      expect(await response.text(), id).toMatch(/^# Connect /);
    }
  });

  it('answers every configurable resource and custom field list in the contract shape', async () => {
    for (const connection of fixtures.connections) {
      for (const resource of connection.configurable_resources ?? []) {
        const base = `/vault/connections/${connection.unified_api}/${connection.service_id}/${resource}`;
        const config = await bodyOf(await call(`${base}/config`));
        expect(contracts.vault.validate(CONFIG, 'GET', 200, config), base).toEqual([]);
        const fields = await call(`${base}/custom-fields`);
        expect(
          contracts.vault.validate(`${ONE}/{resource}/custom-fields`, 'GET', fields.status, await bodyOf(fields)),
          base,
        ).toEqual([]);
      }
    }
  });

  it('answers every fixture mapping, its resources, examples and schemas in the contract shape', async () => {
    const mapped = fixtures.connections.filter((connection) => (connection.custom_mappings ?? []).length > 0);
    expect(mapped.map((connection) => connection.id)).toEqual(['crm+salesforce', 'crm+pipedrive', 'hris+bamboohr']);
    for (const { unified_api, service_id, custom_mappings = [] } of mapped) {
      const all = await bodyOf(await call(`/vault/custom-mappings/${unified_api}/${service_id}`));
      expect(contracts.vault.validate(MAPPINGS, 'GET', 200, all), service_id).toEqual([]);
      for (const resource of new Set(custom_mappings.map((mapping) => mapping.id?.split('+')[1]))) {
        const base = `/vault/connections/${unified_api}/${service_id}/${resource}`;
        for (const part of ['custom-mappings', 'example', 'schema']) {
          const body = await bodyOf(await call(`${base}/${part}`));
          expect(contracts.vault.validate(`${ONE}/{resource}/${part}`, 'GET', 200, body), `${base}/${part}`).toEqual(
            [],
          );
        }
      }
      for (const { id } of custom_mappings) {
        const one = await bodyOf(await call(`/vault/custom-mappings/${unified_api}/${service_id}/${id}`));
        expect(contracts.vault.validate(MAPPING, 'GET', 200, one), id).toEqual([]);
      }
    }
  });

  it('knows when a body breaks the contract (the validator is not a rubber stamp)', () => {
    expect(
      contracts.vault.validate(ONE, 'GET', 200, { status_code: 200, status: 'OK', data: { state: 'connected' } }),
    ).not.toEqual([]);
    expect(contracts.vault.validate(ONE, 'GET', 200, { status: 'OK', data: {} })).not.toEqual([]);
    expect(
      contracts.connector.validate(CONNECTORS, 'GET', 200, {
        status_code: 200,
        status: 'OK',
        data: [{ icon_url: 'not a uri' }],
      }),
    ).not.toEqual([]);
    expect(
      contracts.vault.validate(ONE, 'GET', 200, {
        status_code: 200,
        status: 'OK',
        data: { authorize_url: null, updated_at: null },
      }),
    ).toEqual([]);
  });
});

describe('the consent handlers answer what the OpenAPI contract says', () => {
  const CONSENT = `${ONE}/consent`;
  const scoped = fixtures.dataScopes['ik-demo-app']?.resources ?? '*';

  it('GET answers every fixture connection consent history in the contract shape', async () => {
    for (const { unified_api, service_id } of fixtures.connections) {
      const response = await call(`/vault/connections/${unified_api}/${service_id}/consent`);
      expect(response.status).toBe(200);
      const body = await bodyOf(response);
      expect(contracts.vault.validate(CONSENT, 'GET', 200, body), `${unified_api}+${service_id}`).toEqual([]);
    }
    const revoked = await bodyOf(await call('/vault/connections/file-storage/sharepoint/consent'));
    expect(revoked).toMatchObject({ data: [{ granted: false }, { granted: true }] });
  });

  it.each([
    ['grant', { granted: true, resources: scoped }, 200],
    ['deny', { granted: false, resources: scoped }, 200],
    ['wider than the app asks', { granted: true, resources: { 'crm.contacts': { phone: { read: true } } } }, 422],
    ['without "granted" (breaks the contract)', { resources: scoped }, 422],
  ])('PATCH %s', async (what, body, status) => {
    if (!('granted' in body)) breaksContract();
    const response = await call('/vault/connections/issue-tracking/zendesk/consent', {
      method: 'PATCH',
      body: json(body),
    });
    expect(response.status, what).toBe(status);
    expect(contracts.vault.validate(CONSENT, 'PATCH', status, await bodyOf(response))).toEqual([]);
    if (status === 200) expect(contracts.vault.lists(CONSENT, 'PATCH', status)).toBe(true);
  });

  it('an unknown connection is a contract 404 for both methods', async () => {
    for (const method of ['GET', 'PATCH']) {
      const init = method === 'PATCH' ? { method, body: json({ granted: true, resources: scoped }) } : {};
      const response = await call('/vault/connections/crm/nope/consent', init);
      expect(response.status).toBe(404);
      expect(contracts.vault.validate(CONSENT, method, 404, await bodyOf(response))).toEqual([]);
    }
  });
});
