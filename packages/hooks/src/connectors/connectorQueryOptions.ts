import type { VaultClient } from '@integrations-kit/client';
import { queryOptions } from '@tanstack/react-query';
import { vaultKeys } from '../query/vaultKeys.js';

/**
 * Query options for one connector of the catalog.
 *
 * @example queryClient.prefetchQuery(connectorQueryOptions(client, 'salesforce'))
 */
export function connectorQueryOptions(client: VaultClient, id: string) {
  return queryOptions({
    queryKey: vaultKeys(client).connector(id),
    queryFn: ({ signal }) => client.connectors.get(id, { signal }),
  });
}
