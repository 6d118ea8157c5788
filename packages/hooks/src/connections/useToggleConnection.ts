'use client';
import type { Connection, ConnectionRef } from '@integrations-kit/client';
import { hashKey } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { isConnection } from './connectionRef.js';
import { findCachedConnection, patchConnection, writeConnection } from './writeConnection.js';

/** Variables of `useToggleConnection`. */
export interface ToggleConnectionVariables extends ConnectionRef {
  enabled: boolean;
}

// Per cache and connection: the last `enabled` the server confirmed during a burst of toggles.
// A failed toggle rolls back to it, not to its own snapshot, which may be an earlier optimistic value.
const confirmed = new WeakMap<QueryClient, Map<string, boolean | undefined>>();

function ledgerOf(queryClient: QueryClient): Map<string, boolean | undefined> {
  let ledger = confirmed.get(queryClient);
  if (!ledger) {
    ledger = new Map();
    confirmed.set(queryClient, ledger);
  }
  return ledger;
}

/**
 * Enables or disables a connection optimistically: list and detail flip at once, roll back if the
 * server refuses, and settle on the server's answer. Toggles run one after another, so quick
 * repeated clicks end in the state of the last one the server accepted. Only `enabled` is sent.
 *
 * @example useToggleConnection().mutate({ unifiedApi: 'crm', serviceId: 'pipedrive', enabled: false })
 */
export function useToggleConnection(options?: VaultMutationHookOptions<Connection, ToggleConnectionVariables>) {
  return useVaultMutation(
    'toggle-connection',
    (client, queryClient, mutationKey) => {
      const keys = vaultKeys(client);
      const ledger = ledgerOf(queryClient);
      const ledgerId = (ref: ConnectionRef) => hashKey(keys.connection(ref));
      // The burst is over when this is the only toggle of the connection still pending.
      const isLastPending = (ref: ConnectionRef) =>
        queryClient.isMutating({
          mutationKey,
          predicate: (mutation) => isConnectionVariables(mutation.state.variables, ref),
        }) <= 1;

      return {
        scope: { id: hashKey(mutationKey) },
        mutationFn: ({ unifiedApi, serviceId, enabled }: ToggleConnectionVariables) =>
          client.connections.update({ unifiedApi, serviceId, connection: { enabled } }),
        onMutate: async (ref) => {
          const previous = findCachedConnection(queryClient, client, ref);
          if (!ledger.has(ledgerId(ref))) ledger.set(ledgerId(ref), previous?.enabled);
          // Stop in-flight reads from overwriting the flip; queries still loading keep loading.
          await queryClient.cancelQueries({
            queryKey: keys.all,
            predicate: ({ queryHash, state: { data } }) =>
              data !== undefined &&
              (queryHash === ledgerId(ref) || (Array.isArray(data) && data.some((entry) => isConnection(entry, ref)))),
          });
          patchConnection(queryClient, client, ref, { enabled: ref.enabled });
          return { previousEnabled: previous?.enabled };
        },
        onSuccess: (connection: Connection, ref) => {
          ledger.set(ledgerId(ref), connection.enabled);
          if (isLastPending(ref)) writeConnection(queryClient, client, ref, connection);
        },
        onError: (_error, ref) => {
          if (isLastPending(ref)) patchConnection(queryClient, client, ref, { enabled: ledger.get(ledgerId(ref)) });
        },
        onSettled: (_data, _error, ref) => {
          if (isLastPending(ref)) ledger.delete(ledgerId(ref));
        },
      };
    },
    options,
  );
}

function isConnectionVariables(variables: unknown, ref: ConnectionRef): boolean {
  const other = variables as Partial<ConnectionRef> | undefined;
  return other?.unifiedApi === ref.unifiedApi && other.serviceId === ref.serviceId;
}
