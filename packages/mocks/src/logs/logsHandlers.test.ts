import { describe, expect, it } from 'vitest';
import { apiError, setupMockVault } from '../test/harness.js';

const { mock, client, call } = setupMockVault();
const salesforce = { unifiedApi: 'crm', serviceId: 'salesforce' };
const onSalesforce = { path: '/crm/salesforce' };

describe('GET /vault/logs', () => {
  it('logs each request the mock answered the consumer, newest first, with its status', async () => {
    await client.connections.get(salesforce);
    await apiError(client.connections.get({ unifiedApi: 'crm', serviceId: 'no-such-service' }));

    const { data } = await client.logs.list();
    expect(data.map((entry) => [entry.http_method, entry.path, entry.status_code])).toEqual([
      ['GET', '/vault/connections/crm/no-such-service', 404],
      ['GET', '/vault/connections/crm/salesforce', 200],
    ]);
    expect(data[0]).toMatchObject({ success: false, consumer_id: mock.consumerId, unified_api: 'vault' });
    expect(data[0]?.error_message).toEqual(expect.any(String));
    expect(data[1]).toMatchObject({ success: true, error_message: null });
    expect(data[1]?.timestamp).toBeGreaterThan(Date.now() - 60_000);
  });

  it("logs no refused request under the consumer its header names, but a simulated fault on the consumer's own", async () => {
    const forged = await call('/vault/connections/crm/salesforce', { headers: { Authorization: 'Bearer forged' } });
    expect([forged.status, forged.headers.get('x-apideck-consumer-id')]).toEqual([401, null]);
    mock.fail({ path: '/vault/connections/crm/salesforce', status: 503, times: 2 });
    expect(
      (await call('/vault/connections/crm/salesforce', { headers: { Authorization: 'Bearer forged' } })).status,
    ).toBe(503);
    await apiError(client.connections.get(salesforce));

    const { data } = await client.logs.list();
    expect(data.map((entry) => `${entry.status_code} ${entry.path}`)).toEqual([
      '503 /vault/connections/crm/salesforce',
    ]);
  });

  it('starts empty after a reset', async () => {
    await client.connections.get(salesforce);
    mock.reset();
    expect((await client.logs.list()).data).toEqual([]);
  });

  it('filters by path, status codes and date range', async () => {
    await client.connections.get(salesforce);
    await client.connections.get({ unifiedApi: 'crm', serviceId: 'hubspot' });
    await client.connectionSettings.list({ ...salesforce, resource: 'no-such-resource' }).catch(() => undefined);

    const paths = async (filter: Parameters<typeof client.logs.list>[0]) =>
      (await client.logs.list(filter)).data.map((entry) => `${entry.status_code} ${entry.path}`);
    expect(await paths({ filter: onSalesforce })).toHaveLength(2);
    expect(await paths({ filter: { ...onSalesforce, status_codes: [200, 201] } })).toEqual([
      '200 /vault/connections/crm/salesforce',
    ]);
    expect(await paths({ filter: { ...onSalesforce, status_codes: [400, 404, 422] } })).toHaveLength(1);
    expect(await paths({ filter: { start_date: new Date(Date.now() + 60_000).toISOString() } })).toEqual([]);
    expect(await paths({ filter: { end_date: new Date(Date.now() + 60_000).toISOString() } })).toHaveLength(3);
  });

  it('pages by cursor, and requests logged meanwhile do not shift the next page', async () => {
    for (let index = 0; index < 5; index += 1) await client.connections.get(salesforce);
    const first = await client.logs.list({ limit: 2, filter: onSalesforce });
    await client.connections.get(salesforce);
    const second = await client.logs.list({ limit: 2, cursor: first.nextCursor ?? '', filter: onSalesforce });
    const third = await client.logs.list({ limit: 2, cursor: second.nextCursor ?? '', filter: onSalesforce });
    const ids = [...first.data, ...second.data, ...third.data].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
  });

  it('refuses a limit out of range and an unknown cursor', async () => {
    mock.allowContractErrors();
    expect((await apiError(client.logs.list({ limit: 500 }))).status).toBe(422);
    expect((await apiError(client.logs.list({ cursor: 'not-a-cursor' }))).status).toBe(400);
  });
});
