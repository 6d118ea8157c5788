'use client';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ConnectorsParams, VaultQueryHookOptions } from '../query/params.js';
import { useVaultClient } from '../provider/useVaultClient.js';
import { connectorsInfiniteQueryOptions } from './connectorsInfiniteQueryOptions.js';

/**
 * The connector catalog, one page at a time (`fetchNextPage`, `hasNextPage`).
 *
 * @example
 * const { data, fetchNextPage, hasNextPage } = useConnectors({ limit: 20 });
 * const connectors = data?.pages.flatMap((page) => page.data) ?? [];
 */
export function useConnectors(params: ConnectorsParams = {}, options: VaultQueryHookOptions = {}) {
  const client = useVaultClient();
  return useInfiniteQuery({ ...connectorsInfiniteQueryOptions(client, params), enabled: options.enabled ?? true });
}
