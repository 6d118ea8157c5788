import type { Connector } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { createVaultMock } from '../createVaultMock.js';
import { fixtures } from '../fixtures/fixtures.js';
import { setupMockVault } from '../test/harness.js';

const { mock, client, call } = setupMockVault();
const headers = () => ({ Authorization: `Bearer ${mock.token}`, 'x-apideck-app-id': mock.appId });

interface ListBody {
  data: Connector[];
  meta: { items_on_page: number; cursors: { previous: string | null; current: string | null; next: string | null } };
  links: { previous: string | null; current: string; next: string | null };
}

describe('GET /connector/connectors', () => {
  it('pages with cursors until the last page, 20 by default', async () => {
    const first = await client.connectors.list();
    expect(first.data).toHaveLength(20);
    const ids = first.data.map((connector) => connector.id);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await client.connectors.list({ cursor });
      ids.push(...page.data.map((connector) => connector.id));
      cursor = page.nextCursor;
    }
    expect(ids).toEqual(fixtures.connectors.map((connector) => connector.id));
  });

  it('answers meta.cursors and links for previous, current and next', async () => {
    const first = (await (await call('/connector/connectors?limit=5')).json()) as ListBody;
    expect(first.meta).toMatchObject({
      items_on_page: 5,
      cursors: { previous: null, current: null, next: expect.any(String) },
    });
    expect(first.links.previous).toBeNull();
    const second = (await (
      await call(`/connector/connectors?limit=5&cursor=${first.meta.cursors.next}`)
    ).json()) as ListBody;
    expect(second.meta.cursors.current).toBe(first.meta.cursors.next);
    expect(second.meta.cursors.previous).toEqual(expect.any(String));
    expect(second.data[0]?.id).toBe(fixtures.connectors[5]?.id);
    const next = new URL(second.links.next ?? '');
    expect(Object.fromEntries(next.searchParams)).toEqual({ limit: '5', cursor: second.meta.cursors.next });
    const back = (await (await fetch(second.links.previous ?? '', { headers: headers() })).json()) as ListBody;
    expect(back.data.map((connector) => connector.id)).toEqual(first.data.map((connector) => connector.id));
  });

  it('filters by unified API and status (deepObject filter[...])', async () => {
    const crm = await client.connectors.list({ filter: { unified_api: 'crm' }, limit: 200 });
    expect(crm.data.length).toBeGreaterThan(5);
    expect(crm.data.every((connector) => connector.unified_apis?.some((api) => api.id === 'crm'))).toBe(true);
    expect(crm.nextCursor).toBeNull();
    const beta = await client.connectors.list({ filter: { status: 'beta' } });
    expect(beta.data.map((connector) => connector.id)).toEqual(['deel']);
    const both = await client.connectors.list({ filter: { unified_api: 'crm', status: 'considering' } });
    expect(both.data.map((connector) => connector.id)).toEqual(['attio']);
  });

  it('refuses a limit outside 1..200 and unknown filters with 422 and the contract reason', async () => {
    mock.allowContractErrors();
    const reasons = {
      'limit=0': 'query limit must be >= 1',
      'limit=201': 'query limit must be <= 200',
      'limit=2.5': 'query limit must be integer',
      'filter[name]=x': 'query filter[name] is not in the contract',
      'filter[status]=gone': 'query filter[status] must be one of live, beta, early-access, development, considering',
    };
    for (const [query, reason] of Object.entries(reasons)) {
      const response = await call(`/connector/connectors?${query}`);
      expect(response.status, query).toBe(422);
      expect(await response.json(), query).toMatchObject({
        type_name: 'RequestValidationError',
        message: 'Invalid request',
        detail: reason,
      });
      expect(mock.requests.at(-1)?.contractErrors, query).toEqual([reason]);
    }
  });

  it('refuses a cursor it did not issue with 400 (the contract only says string)', async () => {
    expect((await call('/connector/connectors?cursor=bm9wZQ')).status).toBe(400);
  });
});

describe('GET /connector/connectors/{id}', () => {
  it('answers one connector by service id, or 404', async () => {
    expect(await client.connectors.get('salesforce')).toMatchObject({
      id: 'salesforce',
      name: 'Salesforce',
      configurable_resources: ['leads', 'opportunities'],
    });
    expect((await call('/connector/connectors/nope')).status).toBe(404);
  });
});

describe('Connector API credentials', () => {
  it("takes the mock's API key with the app id, as a host's proxy sends them, and refuses another app", async () => {
    const viaKey = await call('/connector/connectors/salesforce', {
      headers: { Authorization: `Bearer ${mock.apiKey}` },
    });
    expect(viaKey.status).toBe(200);
    const otherApp = await call('/connector/connectors/salesforce', {
      headers: { Authorization: `Bearer ${mock.apiKey}`, 'x-apideck-app-id': 'other-app' },
    });
    expect(otherApp.status).toBe(401);
    expect((await call('/connector/connectors', { headers: { Authorization: 'Bearer wrong-key' } })).status).toBe(401);
  });

  it('refuses the session token on /connector/* with 401 when told to, and still serves Vault and the API key', async () => {
    const refusing = createVaultMock({ connectorSessionToken: 'refuse', apiKey: 'server-key' });
    const session = {
      Authorization: `Bearer ${refusing.token}`,
      'x-apideck-app-id': refusing.appId,
      'x-apideck-consumer-id': refusing.consumerId,
    };
    const refused = await refusing.fetch(`${refusing.baseUrl}/connector/connectors/salesforce`, { headers: session });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ status_code: 401, type_name: 'UnauthorizedError' });
    expect((await refusing.fetch(`${refusing.baseUrl}/connector/connectors`, { headers: session })).status).toBe(401);
    expect((await refusing.fetch(`${refusing.baseUrl}/vault/connections`, { headers: session })).status).toBe(200);
    const viaKey = await refusing.fetch(`${refusing.baseUrl}/connector/connectors/salesforce`, {
      headers: { Authorization: 'Bearer server-key', 'x-apideck-app-id': refusing.appId },
    });
    expect(viaKey.status).toBe(200);
    expect(refusing.apiKey).toBe('server-key');
  });
});
