'use client';
import type { Connector, Page } from '@integrations-kit/client';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { InfiniteData, QueryKey, UseInfiniteQueryOptions } from '@tanstack/react-query';
import type { VaultInfiniteQueryHookOptions } from '../query/hookOptions.js';
import type { ConnectorsParams } from '../query/params.js';
import { useVaultClient } from '../provider/useVaultClient.js';
import { connectorsInfiniteQueryOptions } from './connectorsInfiniteQueryOptions.js';

/**
 * The connector catalog, one page at a time (`fetchNextPage`, `hasNextPage`); the cursor paging is
 * the hook's, the other infinite-query options (`select`, `staleTime`, …) are yours.
 *
 * @example
 * const { data: connectors = [], fetchNextPage, hasNextPage } = useConnectors(
 *   { limit: 20 },
 *   { select: (catalog) => catalog.pages.flatMap((page) => page.data) },
 * );
 */
export function useConnectors<TData = InfiniteData<Page<Connector>, string | undefined>>(
  params: ConnectorsParams = {},
  options: VaultInfiniteQueryHookOptions<Page<Connector>, string | undefined, TData> = {},
) {
  const client = useVaultClient();
  // As in `useVaultQuery`: the caller's options are typed for any key, the hook's for its own.
  return useInfiniteQuery({ ...connectorsInfiniteQueryOptions(client, params), ...options } as UseInfiniteQueryOptions<
    Page<Connector>,
    Error,
    TData,
    QueryKey,
    string | undefined
  >);
}
