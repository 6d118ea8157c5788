'use client';
import { useQuery } from '@tanstack/react-query';
import type { ConnectionsParams, VaultQueryHookOptions } from '../query/params.js';
import { useVaultClient } from '../provider/useVaultClient.js';
import { connectionsQueryOptions } from './connectionsQueryOptions.js';

/**
 * The consumer's connections, optionally filtered by unified API or configuration.
 *
 * @example const { data: connections = [] } = useConnections({ api: 'crm' });
 */
export function useConnections(params: ConnectionsParams = {}, options: VaultQueryHookOptions = {}) {
  const client = useVaultClient();
  return useQuery({ ...connectionsQueryOptions(client, params), enabled: options.enabled ?? true });
}
