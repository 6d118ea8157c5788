import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { PIPEDRIVE, listReads } from '../test/subjects.js';
import { useConnection } from './useConnection.js';
import { useConnections } from './useConnections.js';
import { useToggleConnection } from './useToggleConnection.js';

// Slow enough answers to see the optimistic state before the server's.
const mock = setupVaultServer({ latency: 120 });

async function renderToggle() {
  const rendered = renderWithClient(
    () => ({ list: useConnections(), detail: useConnection(PIPEDRIVE), toggle: useToggleConnection() }),
    { mock },
  );
  await waitFor(() =>
    expect(rendered.result.current.list.isSuccess && rendered.result.current.detail.isSuccess).toBe(true),
  );
  return rendered;
}
type Views = Awaited<ReturnType<typeof renderToggle>>['result']['current'];
const enabledIn = (views: Views) => ({
  list: views.list.data?.find((connection) => connection.service_id === 'pipedrive' && connection.unified_api === 'crm')
    ?.enabled,
  detail: views.detail.data?.enabled,
});
const patches = () => mock.requests.filter((request) => request.method === 'PATCH');

describe('useToggleConnection', () => {
  it('flips list and detail at once, then settles on the answer without refetching', async () => {
    const { result } = await renderToggle();
    const reads = listReads(mock.requests).length;

    act(() => result.current.toggle.mutate({ ...PIPEDRIVE, enabled: false }));

    await waitFor(() => expect(enabledIn(result.current)).toEqual({ list: false, detail: false }));
    expect(result.current.toggle.isPending).toBe(true);
    await waitFor(() => expect(result.current.toggle.isSuccess).toBe(true));
    expect(enabledIn(result.current)).toEqual({ list: false, detail: false });
    expect(patches().map((request) => request.body)).toEqual([{ enabled: false }]);
    expect(result.current.detail.data?.settings).toMatchObject({ deal_source: 'web' });
    expect(listReads(mock.requests)).toHaveLength(reads);
  });

  it('rolls list and detail back when the server refuses', async () => {
    mock.fail({ method: 'PATCH', path: '/vault/connections/crm/pipedrive', status: 500 });
    const { result } = await renderToggle();

    act(() => result.current.toggle.mutate({ ...PIPEDRIVE, enabled: false }));
    await waitFor(() => expect(enabledIn(result.current)).toEqual({ list: false, detail: false }));

    await waitFor(() => expect(result.current.toggle.isError).toBe(true));
    expect(enabledIn(result.current)).toEqual({ list: true, detail: true });
  });

  it("ends two quick toggles in the server's final state, sending them in order", async () => {
    const { result } = await renderToggle();

    act(() => {
      result.current.toggle.mutate({ ...PIPEDRIVE, enabled: false });
      result.current.toggle.mutate({ ...PIPEDRIVE, enabled: true });
    });

    await waitFor(() => expect(patches()).toHaveLength(2));
    await waitFor(() => expect(result.current.toggle.isSuccess).toBe(true));
    expect(patches().map((request) => request.body)).toEqual([{ enabled: false }, { enabled: true }]);
    expect(mock.getConnection('crm', 'pipedrive')?.enabled).toBe(true);
    expect(enabledIn(result.current)).toEqual({ list: true, detail: true });
  });

  it('ends on the later toggle when an earlier one of the burst fails', async () => {
    mock.fail({ method: 'PATCH', path: '/vault/connections/crm/pipedrive', status: 500 });
    const { result, queryClient } = await renderToggle();

    act(() => {
      result.current.toggle.mutate({ ...PIPEDRIVE, enabled: false });
      result.current.toggle.mutate({ ...PIPEDRIVE, enabled: true });
    });

    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    expect(patches()).toHaveLength(2);
    expect(mock.getConnection('crm', 'pipedrive')?.enabled).toBe(true);
    expect(enabledIn(result.current)).toEqual({ list: true, detail: true });
  });

  it('rolls back to what the server last accepted when the later toggle fails', async () => {
    const { result, queryClient } = await renderToggle();

    act(() => {
      result.current.toggle.mutate({ ...PIPEDRIVE, enabled: false });
      result.current.toggle.mutate({ ...PIPEDRIVE, enabled: true });
    });
    // Toggles go out one at a time: the second is on the wire once it is logged.
    await waitFor(() => expect(patches()).toHaveLength(2));
    mock.fail({ method: 'PATCH', path: '/vault/connections/crm/pipedrive', status: 500 });

    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    expect(mock.getConnection('crm', 'pipedrive')?.enabled).toBe(false);
    expect(enabledIn(result.current)).toEqual({ list: false, detail: false });
  });

  it('rolls back to the original state when both toggles of a burst fail', async () => {
    mock.fail({ method: 'PATCH', path: '/vault/connections/crm/pipedrive', status: 500, times: 2 });
    const { result, queryClient } = await renderToggle();

    act(() => result.current.toggle.mutate({ ...PIPEDRIVE, enabled: false }));
    // The user clicks again once the first flip shows, so the second toggle's snapshot is `false`.
    await waitFor(() => expect(enabledIn(result.current)).toEqual({ list: false, detail: false }));
    act(() => result.current.toggle.mutate({ ...PIPEDRIVE, enabled: true }));

    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    expect(mock.getConnection('crm', 'pipedrive')?.enabled).toBe(true);
    expect(enabledIn(result.current)).toEqual({ list: true, detail: true });
  });
});
