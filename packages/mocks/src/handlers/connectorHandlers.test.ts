import type { Connector } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
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
    expect(first.meta).toMatchObject({ items_on_page: 5, cursors: { previous: null, current: null, next: expect.any(String) } });
    expect(first.links.previous).toBeNull();
    const second = (await (await call(`/connector/connectors?limit=5&cursor=${first.meta.cursors.next}`)).json()) as ListBody;
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

  it('refuses a limit outside 1..200, a bad cursor and unknown filters with 400', async () => {
    for (const query of ['limit=0', 'limit=201', 'limit=2.5', 'cursor=bm9wZQ', 'filter[name]=x', 'filter[status]=gone']) {
      expect((await call(`/connector/connectors?${query}`)).status, query).toBe(400);
    }
  });
});

describe('GET /connector/connectors/{id}', () => {
  it('answers one connector by service id, or 404', async () => {
    expect(await client.connectors.get('salesforce')).toMatchObject({ id: 'salesforce', name: 'Salesforce', configurable_resources: ['leads', 'opportunities'] });
    expect((await call('/connector/connectors/nope')).status).toBe(404);
  });
});
