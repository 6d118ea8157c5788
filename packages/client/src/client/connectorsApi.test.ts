import { fixtures } from '@integrations-kit/mocks';
import { describe, expect, it } from 'vitest';
import { VaultApiError, VaultResponseError } from '../index.js';
import { setupVaultServer } from '../test/setupVaultServer.js';

const { mock, createClient, onlyRequest } = setupVaultServer();

const search = (index = 0) => decodeURIComponent(new URL(mock.requests[index]?.url ?? '').search);

describe('connectors', () => {
  it('list pages through the catalog with limit and the next cursor', async () => {
    const client = createClient();
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await client.connectors.list({ limit: 3, cursor });
      expect(page.data.length).toBeLessThanOrEqual(3);
      expect(page.nextCursor).toBe(page.meta?.cursors?.next ?? null);
      seen.push(...page.data.map((connector) => connector.id ?? ''));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 50);
    expect(seen).toEqual(fixtures.connectors.map((connector) => connector.id));
    expect(pages).toBe(Math.ceil(fixtures.connectors.length / 3));
    expect(search(0)).toBe('?limit=3');
    expect(search(1)).toMatch(/^\?cursor=[^&]+&limit=3$/);
  });

  it('list sends the filter as a deepObject and leaves out undefined members', async () => {
    const page = await createClient().connectors.list({ filter: { unified_api: 'crm', status: undefined } });
    expect(search()).toBe('?filter[unified_api]=crm');
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((connector) => connector.unified_apis?.some((api) => api.id === 'crm'))).toBe(true);

    await createClient().connectors.list({ filter: { unified_api: 'crm', status: 'live' } });
    expect(search(1)).toBe('?filter[unified_api]=crm&filter[status]=live');
  });

  it('get returns one connector', async () => {
    const expected = fixtures.connectors[0];
    const connector = await createClient().connectors.get(expected?.id ?? '');
    expect(connector).toEqual(expected);
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: `/connector/connectors/${expected?.id}` });
  });

  it('get of an unknown connector is a 404 VaultApiError', async () => {
    const error = await createClient()
      .connectors.get('crm+nope')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultApiError);
    expect((error as VaultApiError).status).toBe(404);
    expect((error as VaultApiError).message).toBe(
      "Not Found (404): Unknown Connector. Could not find connector with id: 'crm+nope'.",
    );
  });

  it('doc returns the markdown of a connector doc as text, asking for markdown', async () => {
    const markdown = await createClient().connectors.doc('bamboohr', 'consumer+connection');
    expect(markdown).toMatch(/^# Connect BambooHR\n/);
    expect(markdown).toContain('**administrator**');
    const request = onlyRequest();
    expect(request).toMatchObject({ method: 'GET', path: '/connector/connectors/bamboohr/docs/consumer%2Bconnection' });
    expect(request.headers.accept).toBe('text/markdown');
  });

  it('doc of a doc the connector does not list is a 404 VaultApiError', async () => {
    const error = await createClient()
      .connectors.doc('salesforce', 'nope')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultApiError);
    expect((error as VaultApiError).status).toBe(404);
  });

  it('doc refuses an HTML page answered with 200 (a host fallback page is not the guide)', async () => {
    const client = createClient({
      fetch: async () => new Response('<!doctype html><p>app</p>', { headers: { 'content-type': 'text/html' } }),
    });
    const error = await client.connectors.doc('bamboohr', 'consumer+connection').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultResponseError);
  });
});
