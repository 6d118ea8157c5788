import { createVaultClient } from '@integrations-kit/client';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { useConnectionLogs } from './useConnectionLogs.js';

const mock = setupVaultServer();
const salesforce = { unifiedApi: 'crm', serviceId: 'salesforce' };
const client = () => createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });

// Real activity on the mock: each request it answers goes on the consumer's log.
async function activity(gets: number, failures = 0) {
  const vault = client();
  for (let index = 0; index < gets; index += 1) await vault.connections.get(salesforce);
  for (let index = 0; index < failures; index += 1) {
    mock.fail({ method: 'GET', path: '/vault/connections/crm/salesforce', status: 500 });
    await vault.connections.get(salesforce).catch(() => undefined);
  }
  await vault.connections.get({ unifiedApi: 'crm', serviceId: 'hubspot' });
}

describe('useConnectionLogs', () => {
  it('pages with the cursor, and a page that fails keeps the pages already loaded', async () => {
    await activity(5);
    const { result } = renderWithClient(() => useConnectionLogs(salesforce, { limit: 2 }), { mock });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const loaded = (count: number) => () => {
      expect(result.current.isFetching).toBe(false);
      expect(result.current.data?.pages).toHaveLength(count);
    };
    void result.current.fetchNextPage();
    await waitFor(loaded(2));

    mock.fail({ method: 'GET', path: '/vault/logs', status: 503 });
    void result.current.fetchNextPage();
    await waitFor(() => expect(result.current.isFetchNextPageError).toBe(true));
    expect(result.current.data?.pages).toHaveLength(2);

    void result.current.fetchNextPage();
    await waitFor(loaded(3));
    expect(result.current.hasNextPage).toBe(false);
    const ids = result.current.data?.pages.flatMap((page) => page.data.map((entry) => entry.id));
    expect(new Set(ids).size).toBe(5);
  });

  it('shows the requests made for that connection only, newest first', async () => {
    await activity(2, 1);
    const { result } = renderWithClient(() => useConnectionLogs(salesforce), { mock });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const entries = result.current.data?.pages.flatMap((page) => page.data) ?? [];
    expect(entries.map((entry) => entry.status_code)).toEqual([500, 200, 200]);
    expect(entries.every((entry) => entry.path === '/vault/connections/crm/salesforce')).toBe(true);
  });

  it('errors only asks the API for failure statuses', async () => {
    await activity(2, 1);
    const { result } = renderWithClient(() => useConnectionLogs(salesforce, { errorsOnly: true }), { mock });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.pages[0]?.data.map((entry) => entry.status_code)).toEqual([500]);
    const sent = new URL(mock.requests.at(-1)?.url ?? '').searchParams;
    expect(sent.getAll('filter[status_codes]')).toContain('500');
    expect(sent.get('filter[path]')).toBe('/crm/salesforce');
  });
});
