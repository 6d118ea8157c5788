'use client';
import type { VaultClient } from '@integrations-kit/client';
import { useContext } from 'react';
import { VaultContext } from './VaultContext.js';

/**
 * The provider's Vault client. Its calls refresh an expired session like the hooks do, so it is the
 * client to pass to `connectionsQueryOptions(client, …)` for prefetching.
 *
 * @example const client = useVaultClient(); queryClient.prefetchQuery(connectionsQueryOptions(client));
 */
export function useVaultClient(): VaultClient {
  const client = useContext(VaultContext);
  if (!client) throw new Error('useVaultClient() must be used inside <VaultProvider>.');
  return client;
}
