import { createVaultClient } from '@integrations-kit/client';
import { createMockSessionToken } from '@integrations-kit/mocks';
import { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestQueryClient, renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { useConnections } from './useConnections.js';

const mock = setupVaultServer();
// The kit's own retry rule (no `retry` default), without waiting between attempts.
const retryingQueryClient = () => new QueryClient({ defaultOptions: { queries: { retryDelay: 0, gcTime: Infinity } } });

describe('useConnections', () => {
  it("lists the consumer's connections, filtered by unified API", async () => {
    const { result } = renderWithClient(() => useConnections({ api: 'hris' }), { mock });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.map((connection) => connection.service_id)).toContain('bamboohr');
    expect(result.current.data?.every((connection) => connection.unified_api === 'hris')).toBe(true);
    expect(mock.requests[0]?.url).toContain('api=hris');
  });

  it.each([
    [400, 'Bad Request'],
    [402, 'Payment Required'],
    [404, 'Not Found'],
    [422, 'Unprocessable Entity'],
  ])('fails at once on a %i with a readable VaultApiError, without retrying', async (status, reason) => {
    mock.fail({ path: '/vault/connections', status, times: 2 });
    const { result } = renderWithClient(() => useConnections(), { mock, queryClient: retryingQueryClient() });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'api', status });
    expect(result.current.error?.message).toContain(reason);
    expect(mock.requests).toHaveLength(1);
  });

  it('retries a 5xx and shows the data once the server recovers', async () => {
    mock.fail({ path: '/vault/connections', status: 503, times: 2 });
    const { result } = renderWithClient(() => useConnections(), { mock, queryClient: retryingQueryClient() });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(mock.requests).toHaveLength(3);
  });

  it('gives up after three retries of a failing server', async () => {
    mock.fail({ path: '/vault/connections', status: 500, times: 10 });
    const { result } = renderWithClient(() => useConnections(), { mock, queryClient: retryingQueryClient() });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'api', status: 500 });
    expect(mock.requests).toHaveLength(4);
  });

  it("retries a 429 after the server's Retry-After rather than the default backoff", async () => {
    mock.fail({ path: '/vault/connections', status: 429, headers: { 'Retry-After': '0' } });
    // No retryDelay override: the kit's delay applies, whose backoff alone would wait a second.
    const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
    const started = Date.now();
    const { result } = renderWithClient(() => useConnections(), { mock, queryClient });

    await waitFor(() => expect(result.current.isSuccess).toBe(true), { timeout: 900 });
    expect(Date.now() - started).toBeLessThan(900);
    expect(mock.requests).toHaveLength(2);
  });

  it('reports a network failure as a VaultNetworkError and retries it', async () => {
    mock.fail({ path: '/vault/connections', network: true, times: 10 });
    const { result } = renderWithClient(() => useConnections(), { mock, queryClient: retryingQueryClient() });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'network' });
    expect(mock.requests).toHaveLength(4);
  });

  it("never shows one consumer's cached connections to another session sharing the cache", async () => {
    const queryClient = createTestQueryClient();
    const alice = renderWithClient(() => useConnections(), { mock, queryClient });
    await waitFor(() => expect(alice.result.current.isSuccess).toBe(true));

    const otherConsumer = createVaultClient({
      token: createMockSessionToken({ appId: mock.appId, consumerId: 'someone-else' }),
      baseUrl: mock.baseUrl,
    });
    const other = renderWithClient(() => useConnections(), { mock, queryClient, client: otherConsumer });

    expect(other.result.current.data).toBeUndefined();
    await waitFor(() => expect(other.result.current.isError).toBe(true));
    expect(mock.requests.at(-1)?.headers['x-apideck-consumer-id']).toBe('someone-else');
    expect(queryClient.getQueryData(vaultKeys(alice.client).connections())).toEqual(alice.result.current.data);
    expect(queryClient.getQueryData(vaultKeys(otherConsumer).connections())).toBeUndefined();
  });
});
