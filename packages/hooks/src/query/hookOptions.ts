import type { InfiniteData, UseInfiniteQueryOptions, UseMutationOptions, UseQueryOptions } from '@tanstack/react-query';

/**
 * Options a hook owns, so they are not offered: `queryKey` and `queryFn` (the request, scoped to
 * the session); `queryKeyHashFn` (the kit's cache writes find entries by the default hash, a custom
 * one would hide the hook's entry from them); `initialData` (it would enter the shared cache as if
 * the server had sent it, trusted by every other view of that key while fresh; use `placeholderData`).
 */
type OwnedQueryOption = 'queryKey' | 'queryFn' | 'queryKeyHashFn' | 'initialData';

/**
 * What a query hook takes after its arguments: `useQuery`'s options (`select`, `staleTime`,
 * `gcTime`, `placeholderData`, `refetchInterval`, `enabled`, `meta`, …) except those the hook owns.
 * `select` shapes `data` (`TData`) without changing what is cached. A hook that shows a cached
 * entry as placeholder (`useConnection`, `useConnector`) falls back to yours when it has none.
 *
 * @example useConnections({}, { select: (connections) => connections.length, staleTime: 60_000 })
 */
export type VaultQueryHookOptions<TQueryFnData = unknown, TData = TQueryFnData> = Omit<
  UseQueryOptions<TQueryFnData, Error, TData>,
  OwnedQueryOption
>;

/**
 * What an infinite-query hook takes: as `VaultQueryHookOptions`, and the paging
 * (`initialPageParam`, `getNextPageParam`, `getPreviousPageParam`) is the hook's too.
 */
export type VaultInfiniteQueryHookOptions<
  TQueryFnData,
  TPageParam,
  TData = InfiniteData<TQueryFnData, TPageParam>,
> = Omit<
  UseInfiniteQueryOptions<TQueryFnData, Error, TData, readonly unknown[], TPageParam>,
  OwnedQueryOption | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam'
>;

/**
 * What a mutation hook takes: `useMutation`'s options (`onSuccess`, `onError`, `onSettled`,
 * `retry`, `meta`, …) except those the hook owns: `mutationFn`; `mutationKey` (under the session's
 * `vaultKeys(client).mutations()`, which `useIsMutating` and the toggle's ordering match);
 * `onMutate` (an optimistic write and its roll back run alone); `scope` (the hook decides which
 * writes queue behind each other). The hook's cache writes run first and your callbacks after
 * them, so they read the updated cache. Writes are not retried unless you pass `retry`.
 *
 * @example useUpdateConnection({ onSuccess: (connection) => toast(`${connection.name} saved`) })
 */
export type VaultMutationHookOptions<TData, TVariables> = Omit<
  UseMutationOptions<TData, Error, TVariables>,
  'mutationFn' | 'mutationKey' | 'onMutate' | 'scope'
>;
