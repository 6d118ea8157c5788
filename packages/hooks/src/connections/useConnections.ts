'use client';
import type { ConnectionsParams, VaultQueryHookOptions } from '../query/params.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { connectionsQueryOptions } from './connectionsQueryOptions.js';

/**
 * The consumer's connections, optionally filtered by unified API or configuration.
 *
 * @example const { data: connections = [] } = useConnections({ api: 'crm' });
 */
export function useConnections(params: ConnectionsParams = {}, options: VaultQueryHookOptions = {}) {
  return useVaultQuery((client) => connectionsQueryOptions(client, params), options);
}
