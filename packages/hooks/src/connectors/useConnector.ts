'use client';
import type { Connector, Page } from '@integrations-kit/client';
import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { VaultQueryHookOptions } from '../query/params.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { useVaultClient } from '../provider/useVaultClient.js';
import { connectorQueryOptions } from './connectorQueryOptions.js';

/**
 * One connector of the catalog; a loaded catalog page provides the placeholder while it loads.
 *
 * @example const { data: connector } = useConnector('salesforce');
 */
export function useConnector(id: string, options: VaultQueryHookOptions = {}) {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  return useQuery({
    ...connectorQueryOptions(client, id),
    placeholderData: () => {
      const catalogs = queryClient.getQueriesData<InfiniteData<Page<Connector>>>({
        queryKey: vaultKeys(client).connectorLists(),
      });
      for (const [, catalog] of catalogs) {
        const found = catalog?.pages.flatMap((page) => page.data).find((connector) => connector.id === id);
        if (found) return found;
      }
      return undefined;
    },
    enabled: options.enabled ?? true,
  });
}
