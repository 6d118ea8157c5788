import { createVaultClient } from '@integrations-kit/client';
import type { Connection, ConnectionRef } from '@integrations-kit/client';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useConnection } from '../connections/useConnection.js';
import { useConnections } from '../connections/useConnections.js';
import { findCachedConnection } from '../connections/writeConnection.js';
import { useDeleteConnection } from '../connections/useDeleteConnection.js';
import { useToggleConnection } from '../connections/useToggleConnection.js';
import { useUpdateConnection } from '../connections/useUpdateConnection.js';
import { expectWriteError, settleWrite } from '../test/settleWrite.js';
import { createTestQueryClient, renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { PIPEDRIVE } from '../test/subjects.js';
import { vaultKeys } from './vaultKeys.js';

const mock = setupVaultServer();
const PIPEDRIVE_PATH = '/vault/connections/crm/pipedrive';

/** The hook under test next to the list and detail it writes into, both loaded. */
async function renderWithViews<T>(hook: (cached: (ref: ConnectionRef) => Connection | undefined) => T) {
  const queryClient = createTestQueryClient();
  const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
  const cached = (ref: ConnectionRef) => findCachedConnection(queryClient, client, ref);
  const rendered = renderWithClient(
    () => ({ list: useConnections(), detail: useConnection(PIPEDRIVE), write: hook(cached) }),
    { mock, queryClient, client },
  );
  await waitFor(() =>
    expect(rendered.result.current.list.isSuccess && rendered.result.current.detail.isSuccess).toBe(true),
  );
  return rendered;
}

describe('mutation hook options', () => {
  it("calls the caller's onSuccess and onSettled after the hook has written the answer into the caches", async () => {
    const seen: { event: string; cached?: Connection; variables?: unknown }[] = [];
    const { result, client, queryClient } = await renderWithViews((cached) =>
      useUpdateConnection({
        onSuccess: (connection, variables) => seen.push({ event: 'success', cached: cached(PIPEDRIVE), variables }),
        onSettled: () => seen.push({ event: 'settled' }),
      }),
    );
    const variables = { ...PIPEDRIVE, connection: { settings: { deal_source: 'referral' } } };

    await settleWrite(
      () => result.current.write.mutateAsync(variables),
      () => result.current.write,
    );

    expect(seen.map((entry) => entry.event)).toEqual(['success', 'settled']);
    expect(seen[0]?.cached?.settings).toMatchObject({ deal_source: 'referral' });
    expect(seen[0]?.variables).toEqual(variables);
    // The caller's callback ran in addition to the hook's write, never instead of it.
    const listed = queryClient
      .getQueryData<Connection[]>(vaultKeys(client).connections())
      ?.find((connection) => connection.service_id === 'pipedrive');
    expect(listed?.settings).toMatchObject({ deal_source: 'referral' });
  });

  it("calls the caller's onError after an optimistic toggle has been rolled back", async () => {
    mock.fail({ method: 'PATCH', path: PIPEDRIVE_PATH, status: 500 });
    const seen: { enabled?: boolean; error: Error }[] = [];
    const { result } = await renderWithViews((cached) =>
      useToggleConnection({
        onError: (error, ref) => seen.push({ error, enabled: cached(ref)?.enabled }),
      }),
    );

    await expectWriteError(
      () => result.current.write.mutateAsync({ ...PIPEDRIVE, enabled: false }),
      () => result.current.write,
      { status: 500 },
    );

    expect(seen).toHaveLength(1);
    expect(seen[0]?.error).toMatchObject({ status: 500 });
    expect(seen[0]?.enabled).toBe(true);
  });

  it("calls the caller's onSuccess once a deleted connection shows reset everywhere", async () => {
    const states: (string | undefined)[] = [];
    const { result } = await renderWithViews((cached) =>
      useDeleteConnection({
        onSuccess: (_nothing, ref) => states.push(cached(ref)?.state),
      }),
    );

    await settleWrite(
      () => result.current.write.mutateAsync(PIPEDRIVE),
      () => result.current.write,
    );

    expect(states).toEqual(['available']);
  });

  it('retries a write only when the caller passes retry', async () => {
    mock.fail({ method: 'PATCH', path: PIPEDRIVE_PATH, status: 503, times: 1 });
    const patches = () => mock.requests.filter((request) => request.method === 'PATCH');
    const once = await renderWithViews(() => useUpdateConnection());
    await expectWriteError(
      () => once.result.current.write.mutateAsync({ ...PIPEDRIVE, connection: { enabled: false } }),
      () => once.result.current.write,
      { status: 503 },
    );
    expect(patches()).toHaveLength(1);

    mock.fail({ method: 'PATCH', path: PIPEDRIVE_PATH, status: 503, times: 1 });
    const retried = await renderWithViews(() => useUpdateConnection({ retry: 1, retryDelay: 0 }));
    await act(() => retried.result.current.write.mutateAsync({ ...PIPEDRIVE, connection: { enabled: false } }));
    expect(patches()).toHaveLength(3);
  });
});
