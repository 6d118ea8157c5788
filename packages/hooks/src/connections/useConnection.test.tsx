import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { PIPEDRIVE } from '../test/subjects.js';
import { useConnection } from './useConnection.js';
import { useConnections } from './useConnections.js';

const mock = setupVaultServer();

describe('useConnection', () => {
  it('loads one connection with its form fields and configuration', async () => {
    const { result } = renderWithClient(() => useConnection(PIPEDRIVE), { mock });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ service_id: 'pipedrive', state: 'callable' });
    expect(result.current.data?.form_fields?.length).toBeGreaterThan(0);
    expect(mock.requests[0]?.path).toBe('/vault/connections/crm/pipedrive');
  });

  it("shows the list's entry at once while the detail loads", async () => {
    const list = renderWithClient(() => useConnections(), { mock });
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true));
    const fromList = list.result.current.data?.find((connection) => connection.service_id === 'pipedrive');

    const detail = renderWithClient(() => useConnection(PIPEDRIVE), {
      mock,
      queryClient: list.queryClient,
      client: list.client,
    });

    expect(detail.result.current.isPlaceholderData).toBe(true);
    expect(detail.result.current.data).toEqual(fromList);
    await waitFor(() => expect(detail.result.current.isPlaceholderData).toBe(false));
    expect(detail.result.current.data?.form_fields).toBeDefined();
  });

  it('reads the connection once when a second view of it opens right after the first', async () => {
    const first = renderWithClient(() => useConnection(PIPEDRIVE), { mock });
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true));

    const second = renderWithClient(() => useConnection(PIPEDRIVE), {
      mock,
      queryClient: first.queryClient,
      client: first.client,
    });

    expect(second.result.current.data).toBe(first.result.current.data);
    await waitFor(() => expect(second.result.current.isFetching).toBe(false));
    expect(mock.requests.filter((request) => request.path === '/vault/connections/crm/pipedrive')).toHaveLength(1);
  });

  it('fails with a 404 for a connection the consumer does not have', async () => {
    const { result } = renderWithClient(() => useConnection({ unifiedApi: 'crm', serviceId: 'nope' }), { mock });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'api', status: 404 });
  });

  it('waits while not enabled', async () => {
    const { result } = renderWithClient(() => useConnection(PIPEDRIVE, { enabled: false }), { mock });

    // A real pause: a request wrongly sent would reach the mock's log only after MSW's async steps.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.fetchStatus).toBe('idle');
    expect(mock.requests).toHaveLength(0);
  });
});
