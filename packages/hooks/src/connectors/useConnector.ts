'use client';
import type { Connector, Page } from '@integrations-kit/client';
import type { InfiniteData } from '@tanstack/react-query';
import type { VaultQueryHookOptions } from '../query/params.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { connectorQueryOptions } from './connectorQueryOptions.js';

/**
 * One connector of the catalog; a loaded catalog page provides the placeholder while it loads.
 *
 * @example const { data: connector } = useConnector('salesforce');
 */
export function useConnector(id: string, options: VaultQueryHookOptions = {}) {
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
