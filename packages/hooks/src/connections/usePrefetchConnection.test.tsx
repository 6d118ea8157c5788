import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useConnector } from '../connectors/useConnector.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { PIPEDRIVE } from '../test/subjects.js';
import { prefetchConnection } from './prefetchConnection.js';
import { useConnection } from './useConnection.js';
import { usePrefetchConnection } from './usePrefetchConnection.js';

const mock = setupVaultServer();
// A callable connection that declares no form fields: its settings form reads the connector.
const TEAMLEADER = { unifiedApi: 'crm', serviceId: 'teamleader' };
const reads = (fragment: string) =>
  mock.requests.filter((request) => request.method === 'GET' && request.path.endsWith(fragment));

describe('usePrefetchConnection', () => {
  it('reads the detail ahead, so the view opened next shows it at once without a request', async () => {
    const ahead = renderWithClient(() => usePrefetchConnection(), { mock });
    act(() => ahead.result.current(PIPEDRIVE));
    await waitFor(() => expect(reads('/connections/crm/pipedrive')).toHaveLength(1));
    await waitFor(() => expect(ahead.queryClient.isFetching()).toBe(0));

    const view = renderWithClient(() => useConnection(PIPEDRIVE), {
      mock,
      queryClient: ahead.queryClient,
      client: ahead.client,
    });

    expect(view.result.current.isPlaceholderData).toBe(false);
    expect(view.result.current.data?.form_fields?.length).toBeGreaterThan(0);
    expect(view.result.current.isFetching).toBe(false);
    expect(reads('/connections/crm/pipedrive')).toHaveLength(1);
    // Pipedrive declares its form fields: its connector is not needed and not read.
    expect(reads('/connectors/pipedrive')).toHaveLength(0);
  });

  it('reads the connector too when the detail declares no form fields', async () => {
    const ahead = renderWithClient(() => usePrefetchConnection(), { mock });
    act(() => ahead.result.current(TEAMLEADER));
    await waitFor(() => expect(reads('/connectors/teamleader')).toHaveLength(1));
    await waitFor(() => expect(ahead.queryClient.isFetching()).toBe(0));

    const connector = renderWithClient(() => useConnector('teamleader'), {
      mock,
      queryClient: ahead.queryClient,
      client: ahead.client,
    });

    expect(connector.result.current.data?.id).toBe('teamleader');
    expect(connector.result.current.isFetching).toBe(false);
  });

  it('sends nothing for a connection read moments ago (hovering the same card again)', async () => {
    const ahead = renderWithClient(() => usePrefetchConnection(), { mock });
    act(() => ahead.result.current(PIPEDRIVE));
    await waitFor(() => expect(ahead.queryClient.isFetching()).toBe(0));
    await waitFor(() => expect(reads('/connections/crm/pipedrive')).toHaveLength(1));

    act(() => ahead.result.current(PIPEDRIVE));
    await waitFor(() => expect(ahead.queryClient.isFetching()).toBe(0));

    expect(reads('/connections/crm/pipedrive')).toHaveLength(1);
  });

  it('never rejects: a connection that cannot be read is left for the dialog to report', async () => {
    const ahead = renderWithClient(() => usePrefetchConnection(), { mock });

    const missing = { unifiedApi: 'crm', serviceId: 'nope' };

    await expect(prefetchConnection(ahead.queryClient, ahead.client, missing)).resolves.toBeUndefined();
    expect(reads('/connections/crm/nope')).toHaveLength(1);
    expect(ahead.queryClient.getQueryState(vaultKeys(ahead.client).connection(missing))?.error).toMatchObject({
      status: 404,
    });
  });
});
