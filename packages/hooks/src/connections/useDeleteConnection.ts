'use client';
import type { Connection, ConnectionRef } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { updateConnection } from './writeConnection.js';

/**
 * Deletes the consumer's connection. Vault keeps listing the integration as `available`, so cached
 * lists and the detail show it reset (`available`, not enabled, no settings) rather than dropping
 * it; the detail and its resource settings are read again only if on screen.
 *
 * @example useDeleteConnection().mutate({ unifiedApi: 'crm', serviceId: 'pipedrive' })
 */
export function useDeleteConnection(options?: VaultMutationHookOptions<void, ConnectionRef>) {
  return useVaultMutation(
    'delete-connection',
    (client, queryClient) => ({
      mutationFn: (ref: ConnectionRef) => client.connections.delete(ref),
      onSuccess: async (_nothing, ref) => {
        updateConnection(queryClient, client, ref, (prev) => prev && resetConnection(prev));
        // The detail's form fields and resource settings changed server-side in ways a reset cannot
        // mirror; only what is on screen is read again, and never the lists.
        await queryClient.invalidateQueries({ queryKey: vaultKeys(client).connection(ref) });
      },
    }),
    options,
  );
}

// What a deleted connection looks like in Vault's list: the integration without the consumer's data.
function resetConnection(connection: Connection): Connection {
  const { metadata: _metadata, configuration: _configuration, health: _health, ...integration } = connection;
  return { ...integration, state: 'available', enabled: false, settings: {} };
}
