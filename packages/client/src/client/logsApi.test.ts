import { describe, expect, it } from 'vitest';
import { setupVaultServer } from '../test/setupVaultServer.js';

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
