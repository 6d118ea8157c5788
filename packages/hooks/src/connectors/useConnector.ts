'use client';
import type { Connector, Page } from '@integrations-kit/client';
import type { InfiniteData } from '@tanstack/react-query';
import type { VaultQueryHookOptions } from '../query/hookOptions.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { connectorQueryOptions } from './connectorQueryOptions.js';

/**
 * One connector of the catalog; a loaded catalog page provides the placeholder while it loads (a
 * `placeholderData` of yours shows only when no page holds it).
 *
 * @example const { data: connector } = useConnector('salesforce');
 */
export function useConnector<TData = Connector>(id: string, options: VaultQueryHookOptions<Connector, TData> = {}) {
  return useVaultQuery(
    (client, queryClient) => ({
      ...connectorQueryOptions(client, id),
      placeholderData: () =>
        queryClient
          .getQueriesData<InfiniteData<Page<Connector>>>({ queryKey: vaultKeys(client).connectorLists() })
          .flatMap(([, catalog]) => catalog?.pages ?? [])
          .flatMap((page) => page.data)
          .find((connector) => connector.id === id),
    }),
    options,
  );
}
