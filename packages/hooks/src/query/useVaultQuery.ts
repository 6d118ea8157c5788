'use client';
import type { VaultClient } from '@integrations-kit/client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient, QueryKey, UseQueryOptions, UseQueryResult } from '@tanstack/react-query';
import { useVaultClient } from '../provider/useVaultClient.js';
import type { VaultQueryHookOptions } from './hookOptions.js';

/**
 * A query of the session: `options` gets the provider's client and the active cache; the caller's
 * `hookOptions` go over them, except that the hook's own placeholder comes first.
 */
export function useVaultQuery<TQueryFnData, TKey extends QueryKey, TData = TQueryFnData>(
  options: (
    client: VaultClient,
    queryClient: QueryClient,
  ) => Omit<UseQueryOptions<TQueryFnData, Error, TQueryFnData, TKey>, 'select'>,
  hookOptions: VaultQueryHookOptions<TQueryFnData, TData>,
): UseQueryResult<TData, Error> {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  const own = options(client, queryClient);
  // The caller's options are typed for any key (a user's `enabled: (query) => …` need not know the
  // kit's key shape), the hook's for its own; at run time they describe the same query.
  return useQuery({
    ...own,
    ...hookOptions,
    placeholderData: orPlaceholder(own.placeholderData, hookOptions.placeholderData),
  } as UseQueryOptions<TQueryFnData, Error, TData>);
}

// The hook's placeholder (a cached entry of the same item) is better than any the caller can know of.
function orPlaceholder(own: unknown, theirs: unknown): unknown {
  if (own === undefined || theirs === undefined) return own ?? theirs;
  return (...args: unknown[]) => valueOf(own, args) ?? valueOf(theirs, args);
}

// A placeholder is a value or a function of the previous data and query.
const valueOf = (placeholder: unknown, args: unknown[]): unknown =>
  typeof placeholder === 'function' ? placeholder(...args) : placeholder;
