import type { VaultClient } from '@integrations-kit/client';
import { queryOptions } from '@tanstack/react-query';
import { vaultKeys } from '../query/vaultKeys.js';

/** The catalog changes with Apideck releases, not while a page is open: a connector read stays fresh this long. */
const CONNECTOR_STALE_TIME = 5 * 60_000;

/**
 * Query options for one connector of the catalog.
 *
 * @example queryClient.prefetchQuery(connectorQueryOptions(client, 'salesforce'))
 */
export function connectorQueryOptions(client: VaultClient, id: string) {
  return queryOptions({
    queryKey: vaultKeys(client).connector(id),
    queryFn: ({ signal }) => client.connectors.get(id, { signal }),
    // A connector read ahead (a card's hover) must serve the settings form opened next, not be read again.
    staleTime: CONNECTOR_STALE_TIME,
  });
}
