import { describe, expect, it } from 'vitest';
import { setupVaultServer } from '../test/setupVaultServer.js';
import { normalizeLogEntry } from './logsApi.js';

const { mock, createClient } = setupVaultServer();

const search = (index: number) => decodeURIComponent(new URL(mock.requests[index]?.url ?? '').search);

describe('logs', () => {
  it('list sends the filter as a deepObject, a list member as repeated keys', async () => {
    await createClient().logs.list({
      limit: 5,
      filter: { path: '/crm/salesforce', status_codes: [500, 502], start_date: '2026-01-01T00:00:00.000Z' },
    });
    expect(search(0)).toBe(
      '?limit=5&filter[path]=/crm/salesforce&filter[status_codes]=500&filter[status_codes]=502&filter[start_date]=2026-01-01T00:00:00.000Z',
    );
  });

  it('list reads each entry time as epoch milliseconds and the next cursor', async () => {
    const client = createClient();
    await client.connections.get({ unifiedApi: 'crm', serviceId: 'salesforce' });
    await client.connections.get({ unifiedApi: 'crm', serviceId: 'salesforce' });
    const page = await client.logs.list({ limit: 1 });
    expect(page.data).toHaveLength(1);
    expect(typeof page.data[0]?.timestamp).toBe('number');
    expect(page.nextCursor).toEqual(expect.any(String));
    expect((await client.logs.list({ cursor: page.nextCursor ?? '' })).nextCursor).toBeNull();
  });
});

describe('normalizeLogEntry', () => {
  const base = { id: 'log-1', status_code: 200, success: true };

  it('keeps the shown fields of their contract type and reads the time as epoch milliseconds', () => {
    const entry = normalizeLogEntry({
      ...base,
      http_method: 'GET',
      path: '/vault/connections',
      latency: 27.5,
      error_message: 'Refresh token is invalid',
      timestamp: '2021-07-12T14:26:17.420Z',
    });
    expect(entry).toMatchObject({
      http_method: 'GET',
      path: '/vault/connections',
      latency: 27.5,
      error_message: 'Refresh token is invalid',
      timestamp: Date.UTC(2021, 6, 12, 14, 26, 17, 420),
    });
  });

  it('drops shown fields of the wrong type and leaves an unreadable time unknown', () => {
    const object = { nested: true };
    const entry = normalizeLogEntry({
      ...base,
      http_method: object,
      path: 42,
      latency: 'slow',
      error_message: object,
      timestamp: 'yesterday',
    });
    expect(entry).toMatchObject({ ...base });
    for (const field of ['http_method', 'path', 'latency', 'error_message', 'timestamp'] as const) {
      expect(entry[field]).toBeUndefined();
    }
    expect(normalizeLogEntry({ ...base, latency: Number.NaN }).latency).toBeUndefined();
    expect(normalizeLogEntry({ ...base, latency: Infinity }).latency).toBeUndefined();
  });
});
