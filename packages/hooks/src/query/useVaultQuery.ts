'use client';
import type { VaultClient } from '@integrations-kit/client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient, QueryKey, UseQueryOptions } from '@tanstack/react-query';
import { useVaultClient } from '../provider/useVaultClient.js';
import type { VaultQueryHookOptions } from './params.js';

/** A query of the session: `options` gets the provider's client and the active cache. */
export function useVaultQuery<T, TKey extends QueryKey>(
  options: (client: VaultClient, queryClient: QueryClient) => UseQueryOptions<T, Error, T, TKey>,
  { enabled = true }: VaultQueryHookOptions,
) {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  return useQuery({ ...options(client, queryClient), enabled });
}
