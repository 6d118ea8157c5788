import { createVaultClient } from '@integrations-kit/client';
import { CancelledError } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectorsInfiniteQueryOptions } from '../connectors/connectorsInfiniteQueryOptions.js';
import { createTestQueryClient, setupVaultServer } from '../test/renderWithClient.js';
import { PIPEDRIVE } from '../test/subjects.js';
import { connectionQueryOptions } from './connectionQueryOptions.js';
import { connectionsQueryOptions } from './connectionsQueryOptions.js';

// Slow answers, so a request can be cancelled while it is on the wire; the wait runs on a fake
// clock, so an answer comes out only when the test moves time on.
const mock = setupVaultServer({ latency: 300 });
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake clock on until `promise` settles, then hands back its result. */
async function answered<T>(promise: Promise<T>): Promise<T> {
  let settled = false;
  const done = () => {
    settled = true;
  };
  promise.then(done, done);
  while (!settled) await vi.advanceTimersByTimeAsync(100);
  return promise;
}

/** Waits (in ticks, the fake clock standing still) until the mock has logged `count` requests. */
async function requestsOnTheWire(count: number) {
  while (mock.requests.length < count) await new Promise((resolve) => setImmediate(resolve));
}

function recordingClient() {
  const signals: AbortSignal[] = [];
  const client = createVaultClient({
    token: mock.token,
    baseUrl: mock.baseUrl,
    fetch: (input, init) => {
      signals.push(input instanceof Request ? input.signal : (init?.signal ?? new AbortController().signal));
      return fetch(input, init);
    },
  });
  return { client, signals };
}

describe('query option factories', () => {
  it('serve ensureQueryData and prefetch with the same keys the hooks use', async () => {
    const queryClient = createTestQueryClient();
    const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });

    const connections = await answered(queryClient.ensureQueryData(connectionsQueryOptions(client, { api: 'crm' })));
    await answered(queryClient.prefetchQuery(connectionQueryOptions(client, PIPEDRIVE)));

    expect(connections.length).toBeGreaterThan(0);
    expect(queryClient.getQueryData(connectionsQueryOptions(client, { api: 'crm' }).queryKey)).toBe(connections);
    expect(queryClient.getQueryData(connectionQueryOptions(client, PIPEDRIVE).queryKey)?.service_id).toBe('pipedrive');
    await queryClient.ensureQueryData(connectionsQueryOptions(client, { api: 'crm' }));
    expect(mock.requests).toHaveLength(2);
  });

  it("forward the query's abort signal to the request", async () => {
    const queryClient = createTestQueryClient();
    const { client, signals } = recordingClient();

    const list = queryClient.fetchQuery(connectionsQueryOptions(client));
    const catalog = queryClient.fetchInfiniteQuery(connectorsInfiniteQueryOptions(client));
    await requestsOnTheWire(2);
    await queryClient.cancelQueries();

    await expect(list).rejects.toBeInstanceOf(CancelledError);
    await expect(catalog).rejects.toBeInstanceOf(CancelledError);
    expect(signals).toHaveLength(2);
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });
});
