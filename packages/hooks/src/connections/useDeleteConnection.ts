'use client';
import type { Connection, ConnectionRef } from '@integrations-kit/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useVaultClient } from '../provider/useVaultClient.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { updateInLists } from './writeConnection.js';

/**
 * Deletes the consumer's connection. Vault keeps listing the integration as `available`, so cached
 * lists show it reset (`available`, not enabled, no settings) rather than dropping it; the cached detail and its
 * resource settings and custom fields are removed.
 *
 * @example useDeleteConnection().mutate({ unifiedApi: 'crm', serviceId: 'pipedrive' })
 */
export function useDeleteConnection() {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...vaultKeys(client).mutations(), 'delete-connection'],
    mutationFn: ({ unifiedApi, serviceId }: ConnectionRef) => client.connections.delete({ unifiedApi, serviceId }),
    onSuccess: (_nothing, ref) => {
      queryClient.removeQueries({ queryKey: vaultKeys(client).connection(ref) });
      updateInLists(queryClient, client, ref, resetConnection);
    },
    retry: false,
  });
}

// What a deleted connection looks like in Vault's list: the integration without the consumer's data.
function resetConnection(connection: Connection): Connection {
  const { metadata: _metadata, configuration: _configuration, health: _health, ...integration } = connection;
  return { ...integration, state: 'available', enabled: false, settings: {} };
}
