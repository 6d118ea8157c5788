'use client';
import type { ConnectionRef } from '@integrations-kit/client';
import { hashKey, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useVaultClient } from '../provider/useVaultClient.js';
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
export function useToggleConnection() {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  const keys = vaultKeys(client);
  const mutationKey = [...keys.mutations(), 'toggle-connection'];
  const ledger = ledgerOf(queryClient);

  const ledgerId = (ref: ConnectionRef) => hashKey(keys.connection(ref));
  // The burst is over when this is the only toggle of the connection still pending.
  const isLastPending = (ref: ConnectionRef) =>
    queryClient.isMutating({
      mutationKey,
      predicate: (mutation) => {
        const variables = mutation.state.variables as ToggleConnectionVariables | undefined;
        return variables?.unifiedApi === ref.unifiedApi && variables.serviceId === ref.serviceId;
      },
    }) <= 1;

  return useMutation({
    mutationKey,
    scope: { id: hashKey(mutationKey) },
    mutationFn: ({ unifiedApi, serviceId, enabled }: ToggleConnectionVariables) =>
      client.connections.update({ unifiedApi, serviceId, connection: { enabled } }),
    onMutate: async (variables) => {
      const ref = { unifiedApi: variables.unifiedApi, serviceId: variables.serviceId };
      const previous = findCachedConnection(queryClient, client, ref);
      if (!ledger.has(ledgerId(ref))) ledger.set(ledgerId(ref), previous?.enabled);
      // Stop in-flight reads from overwriting the flip; queries still loading keep loading.
      await queryClient.cancelQueries({
        queryKey: keys.all,
        predicate: (query) =>
          query.state.data !== undefined &&
          (hashKey(query.queryKey) === hashKey(keys.connection(ref)) ||
            (Array.isArray(query.state.data) && query.state.data.some((entry) => isConnection(entry, ref)))),
      });
      patchConnection(queryClient, client, ref, { enabled: variables.enabled });
      return { previousEnabled: previous?.enabled };
    },
    onSuccess: (connection, variables) => {
      ledger.set(ledgerId(variables), connection.enabled);
      if (isLastPending(variables)) writeConnection(queryClient, client, variables, connection);
    },
    onError: (_error, variables) => {
      if (isLastPending(variables)) patchConnection(queryClient, client, variables, { enabled: ledger.get(ledgerId(variables)) });
    },
    onSettled: (_data, _error, variables) => {
      if (isLastPending(variables)) ledger.delete(ledgerId(variables));
    },
    retry: false,
  });
}
