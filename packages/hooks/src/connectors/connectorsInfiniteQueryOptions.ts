import type { VaultClient } from '@integrations-kit/client';
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ConnectorsParams } from '../query/params.js';
import { vaultKeys } from '../query/vaultKeys.js';

/**
 * Infinite-query options for the connector catalog, paged by the API's cursor.
 *
 * @example await queryClient.prefetchInfiniteQuery(connectorsInfiniteQueryOptions(client, { limit: 20 }))
 */
export function connectorsInfiniteQueryOptions(client: VaultClient, params: ConnectorsParams = {}) {
  return infiniteQueryOptions({
    queryKey: vaultKeys(client).connectors(params),
    queryFn: ({ pageParam, signal }) => client.connectors.list({ ...params, cursor: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
