'use client';
import type { VaultClient } from '@integrations-kit/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query';
import { useVaultClient } from '../provider/useVaultClient.js';
import { vaultKeys } from './vaultKeys.js';

/**
 * A mutation of the session under `[...vaultKeys(client).mutations(), name]`, with the provider's
 * client and the active cache handed to `options`. Writes are never retried: a repeated POST could act twice.
 */
export function useVaultMutation<TData, TVariables, TContext = unknown>(
  name: string,
  options: (
    client: VaultClient,
    queryClient: QueryClient,
    mutationKey: readonly unknown[],
  ) => UseMutationOptions<TData, Error, TVariables, TContext>,
) {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  const mutationKey = [...vaultKeys(client).mutations(), name];
  return useMutation({ mutationKey, retry: false, ...options(client, queryClient, mutationKey) });
}
