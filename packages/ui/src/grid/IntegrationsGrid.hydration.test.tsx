import { createVaultClient, type Connection } from '@integrations-kit/client';
import { connectionsQueryOptions, VaultProvider } from '@integrations-kit/hooks';
import { act, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestQueryClient } from '../test/render.js';
import { testConnection } from '../test/connections.js';
import { IntegrationsGrid } from './IntegrationsGrid.js';

const connections: Connection[] = Array.from({ length: 500 }, (_, i) =>
  testConnection('crm', `service-${i + 1}`, `Service ${i + 1}`),
);

function page() {
  const client = createVaultClient({
    token: 'server-rendered',
    appId: 'app',
    consumerId: 'consumer',
    fetch: () => Promise.reject(new Error('offline')),
  });
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(connectionsQueryOptions(client, {}).queryKey, connections);
  return (
    <VaultProvider client={client} queryClient={queryClient}>
      <IntegrationsGrid />
    </VaultProvider>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

describe('IntegrationsGrid rendered on a server', () => {
  it('renders six rows of one column of a long list, and hydrates them without a mismatch', async () => {
    const container = document.createElement('div');
    // React 18 says layout effects do not run on a server: here jsdom lends the server a document.
    const print = console.error.bind(console);
    const quiet = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('useLayoutEffect does nothing on the server')) print(...args);
    });
    container.innerHTML = renderToString(page());
    quiet.mockRestore();
    document.body.append(container);
    // The server knows no window: six rows of one column.
    expect(within(container).getAllByRole('listitem')).toHaveLength(6);

    const onRecoverableError = vi.fn();
    await act(async () => {
      root = hydrateRoot(container, page(), { onRecoverableError });
    });

    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(within(container).getByRole('list')).toHaveAttribute('data-windowed');
    expect(within(container).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '500');
  });
});
