import type { VaultClient } from '@integrations-kit/client';
import { queryOptions } from '@tanstack/react-query';
import { vaultKeys } from '../query/vaultKeys.js';

/** A connector's docs change with Apideck releases, not while a page is open. */
const CONNECTOR_DOC_STALE_TIME = 30 * 60_000;

/**
 * Query options for one of a connector's docs (its markdown text), e.g. the consumer connection
 * guide a connector lists in `docs`.
 *
 * @example queryClient.prefetchQuery(connectorDocQueryOptions(client, 'bamboohr', 'consumer+connection'))
 */
export function connectorDocQueryOptions(client: VaultClient, id: string, docId: string) {
  return queryOptions({
    queryKey: vaultKeys(client).connectorDoc(id, docId),
    queryFn: ({ signal }) => client.connectors.doc(id, docId, { signal }),
    staleTime: CONNECTOR_DOC_STALE_TIME,
  });
}
