import { fixtures } from '@integrations-kit/mocks';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { useConnector } from './useConnector.js';
import { useConnectors } from './useConnectors.js';

const mock = setupVaultServer();

describe('useConnectors', () => {
  it('pages through the catalog with the cursor of the previous page', async () => {
    const { result } = renderWithClient(() => useConnectors({ limit: 20 }), { mock });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.pages[0]?.data).toHaveLength(20);
    expect(result.current.hasNextPage).toBe(true);

    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    await act(() => result.current.fetchNextPage());
    // The hook hears of a fetched page on a timer after the promise: wait for it, not the promise.
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(3));

    const ids = result.current.data?.pages.flatMap((page) => page.data.map((connector) => connector.id));
    expect(ids).toEqual(fixtures.connectors.map((connector) => connector.id));
    expect(result.current.hasNextPage).toBe(false);
    const cursors = mock.requests.map((request) => new URL(request.url).searchParams.get('cursor'));
    expect(cursors[0]).toBeNull();
    expect(cursors[1]).toBe(result.current.data?.pages[0]?.nextCursor);
  });

  it('filters by unified API', async () => {
    const { result } = renderWithClient(() => useConnectors({ filter: { unified_api: 'hris' } }), { mock });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const connectors = result.current.data?.pages.flatMap((page) => page.data) ?? [];
    expect(connectors.length).toBeGreaterThan(0);
    expect(connectors.every((connector) => connector.unified_apis?.some((api) => api.id === 'hris'))).toBe(true);
  });

  it('fails with a readable error for a page size the contract refuses', async () => {
    mock.allowContractErrors();
    const { result } = renderWithClient(() => useConnectors({ limit: 500 }), { mock });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'api', status: 422 });
    expect(result.current.error?.message).toMatch(/limit must be <= 200/);
  });
});

describe('useConnector', () => {
  it('loads one connector, using a loaded catalog page as placeholder', async () => {
    const catalog = renderWithClient(() => useConnectors(), { mock });
    await waitFor(() => expect(catalog.result.current.isSuccess).toBe(true));

    const { result } = renderWithClient(() => useConnector('salesforce'), {
      mock,
      queryClient: catalog.queryClient,
      client: catalog.client,
    });

    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data?.id).toBe('salesforce');
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(mock.requests.at(-1)?.path).toBe('/connector/connectors/salesforce');
  });

  it('fails with a 404 for an unknown connector', async () => {
    const { result } = renderWithClient(() => useConnector('nope'), { mock });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'api', status: 404 });
  });
});
