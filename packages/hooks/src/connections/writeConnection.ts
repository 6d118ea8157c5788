import type { Connection, ConnectionRef } from '@integrations-kit/client';
import type { QueryClient } from '@tanstack/react-query';
import type { VaultScope } from '../query/params.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { isConnection } from './connectionRef.js';
import { mergeConnection } from './mergeConnection.js';

/**
 * Writes a connection the server returned into its detail cache and into every cached list that
 * holds it, so list and detail agree without refetching anything.
 */
export function writeConnection(
  queryClient: QueryClient,
  scope: VaultScope,
  ref: ConnectionRef,
  connection: Connection,
): void {
  updateConnection(queryClient, scope, ref, (prev) => mergeConnection(prev, connection));
}

/**
 * Applies `patch` to the connection wherever it is cached (detail and lists), creating nothing;
 * for optimistic updates and their roll back.
 */
export function patchConnection(
  queryClient: QueryClient,
  scope: VaultScope,
  ref: ConnectionRef,
  patch: Partial<Connection>,
): void {
  updateConnection(queryClient, scope, ref, (prev) => prev && mergeConnection(prev, patch));
}

/**
 * Maps the connection's detail with `update` (which sees `undefined` when there is none) and its
 * entry in every cached list; lists without it are left untouched.
 */
export function updateConnection(
  queryClient: QueryClient,
  scope: VaultScope,
  ref: ConnectionRef,
  update: (prev: Connection | undefined) => Connection | undefined,
): void {
  const keys = vaultKeys(scope);
  queryClient.setQueryData<Connection>(keys.connection(ref), update);
  queryClient.setQueriesData<Connection[]>({ queryKey: keys.connectionLists() }, (list) =>
    list?.some((entry) => isConnection(entry, ref))
      ? list.map((entry) => (isConnection(entry, ref) ? (update(entry) ?? entry) : entry))
      : undefined,
  );
}

/** The connection as cached: its detail, else its entry in any cached list. */
export function findCachedConnection(
  queryClient: QueryClient,
  scope: VaultScope,
  ref: ConnectionRef,
): Connection | undefined {
  const keys = vaultKeys(scope);
  const detail = queryClient.getQueryData<Connection>(keys.connection(ref));
  if (detail) return detail;
  for (const [, list] of queryClient.getQueriesData<Connection[]>({ queryKey: keys.connectionLists() })) {
    const entry = list?.find((candidate) => isConnection(candidate, ref));
    if (entry) return entry;
  }
  return undefined;
}
