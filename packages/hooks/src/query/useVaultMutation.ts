'use client';
import type { VaultClient } from '@integrations-kit/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query';
import { useVaultClient } from '../provider/useVaultClient.js';
import type { VaultMutationHookOptions } from './hookOptions.js';
import { vaultKeys } from './vaultKeys.js';

/**
 * A mutation of the session under `[...vaultKeys(client).mutations(), name]`, with the provider's
 * client and the active cache handed to `options`, over the caller's `hookOptions`. Writes are not
 * retried unless the caller says so: a repeated POST could act twice. The caller's callbacks run after the
 * hook's, never instead of them, so a caller cannot skip the hook's cache writes.
 */
export function useVaultMutation<TData, TVariables, TContext = unknown>(
  name: string,
  options: (
    client: VaultClient,
    queryClient: QueryClient,
    mutationKey: readonly unknown[],
  ) => UseMutationOptions<TData, Error, TVariables, TContext>,
  hookOptions?: VaultMutationHookOptions<TData, TVariables>,
) {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  const mutationKey = [...vaultKeys(client).mutations(), name];
  const own = options(client, queryClient, mutationKey);
  return useMutation({
    retry: false,
    ...hookOptions,
    ...own,
    mutationKey,
    onSuccess: andThen(own.onSuccess, hookOptions?.onSuccess),
    onError: andThen(own.onError, hookOptions?.onError),
    onSettled: andThen(own.onSettled, hookOptions?.onSettled),
  });
}

/** `first`, then `next` once `first` has settled. */
function andThen<TArgs extends unknown[]>(
  first: ((...args: TArgs) => unknown) | undefined,
  next: ((...args: TArgs) => unknown) | undefined,
) {
  if (!first || !next) return first ?? next;
  return async (...args: TArgs) => {
    await first(...args);
    return next(...args);
  };
}
