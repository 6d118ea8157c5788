'use client';
import type { Connection } from '@integrations-kit/client';
import type { VaultQueryHookOptions } from '../query/hookOptions.js';
import type { ConnectionsParams } from '../query/params.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { connectionsQueryOptions } from './connectionsQueryOptions.js';

/**
 * The consumer's connections, optionally filtered by unified API or configuration.
 *
 * @example
 * const { data: connections = [] } = useConnections({ api: 'crm' });
 * const { data: count } = useConnections({}, { select: (connections) => connections.length });
 */
export function useConnections<TData = Connection[]>(
  params: ConnectionsParams = {},
  options: VaultQueryHookOptions<Connection[], TData> = {},
) {
  return useVaultQuery((client) => connectionsQueryOptions(client, params), options);
}
