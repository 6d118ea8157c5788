import type { Connection } from '@integrations-kit/client';
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useConnection } from '../connections/useConnection.js';
import { useConnections } from '../connections/useConnections.js';
import { createTestQueryClient, renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { PIPEDRIVE, listReads } from '../test/subjects.js';
import { vaultKeys } from './vaultKeys.js';

const mock = setupVaultServer();

afterEach(() => {
  vi.useRealTimers();
});

describe('query hook options', () => {
  it('select shapes what the hook returns while the cache keeps the whole answer', async () => {
    const { result, queryClient, client } = renderWithClient(
      () => useConnections({ api: 'hris' }, { select: (connections) => connections.map((c) => c.service_id) }),
      { mock },
    );

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toContain('bamboohr');
    expect(result.current.data?.every((id) => typeof id === 'string')).toBe(true);
    const cached = queryClient.getQueryData<Connection[]>(vaultKeys(client).connections({ api: 'hris' }));
    expect(cached?.map((connection) => connection.service_id)).toEqual(result.current.data);
    expect(cached?.[0]).toHaveProperty('unified_api', 'hris');
  });

  it('does not read again while fresh for the given staleTime, and does once it has passed', async () => {
    // Only the clock is fake: freshness is `Date.now()` against the answer's time.
    vi.useFakeTimers({ toFake: ['Date'] });
    const queryClient = createTestQueryClient();
    const fresh = { staleTime: 60_000 };
    const first = renderWithClient(() => useConnections({}, fresh), { mock, queryClient });
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true));
    expect(listReads(mock.requests)).toHaveLength(1);

    vi.setSystemTime(Date.now() + 59_000);
    const second = renderWithClient(() => useConnections({}, fresh), { mock, queryClient, client: first.client });
    expect(second.result.current.data).toEqual(first.result.current.data);
    await waitFor(() => expect(second.result.current.isFetching).toBe(false));
    expect(listReads(mock.requests)).toHaveLength(1);

    vi.setSystemTime(Date.now() + 2_000);
    const third = renderWithClient(() => useConnections({}, fresh), { mock, queryClient, client: first.client });
    await waitFor(() => expect(listReads(mock.requests)).toHaveLength(2));
    await waitFor(() => expect(third.result.current.isFetching).toBe(false));
  });

  it('holds the request with { enabled: false }, as before', async () => {
    const { result } = renderWithClient(() => useConnection(PIPEDRIVE, { enabled: false }), { mock });

    expect(result.current.fetchStatus).toBe('idle');
    await Promise.resolve();
    expect(mock.requests).toHaveLength(0);
  });

  it('carries gcTime and meta to the query in the cache', async () => {
    const { result, queryClient, client } = renderWithClient(
      () => useConnection(PIPEDRIVE, { gcTime: 1234, meta: { screen: 'settings' } }),
      { mock },
    );

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const query = queryClient.getQueryCache().find({ queryKey: vaultKeys(client).connection(PIPEDRIVE), exact: true });
    expect(query?.meta).toEqual({ screen: 'settings' });
    expect(query?.gcTime).toBe(1234);
  });

  it("shows the caller's placeholderData only when no cached list holds the connection", async () => {
    const queryClient = createTestQueryClient();
    const list = renderWithClient(() => useConnections(), { mock, queryClient });
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true));
    const standIn = { name: 'Loading…' } as Connection;
    const listed = list.result.current.data?.find((c) => c.service_id === 'pipedrive');

    const { result } = renderWithClient(
      () => ({
        cached: useConnection(PIPEDRIVE, { placeholderData: standIn }),
        unknown: useConnection({ unifiedApi: 'crm', serviceId: 'nowhere' }, { placeholderData: () => standIn }),
      }),
      { mock, queryClient, client: list.client },
    );

    expect(result.current.cached).toMatchObject({ isPlaceholderData: true, data: listed });
    expect(result.current.unknown).toMatchObject({ isPlaceholderData: true, data: standIn });
  });
});
