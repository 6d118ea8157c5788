import type { VaultClient } from '@integrations-kit/client';
import { queryOptions } from '@tanstack/react-query';
import type { ConnectionsParams } from '../query/params.js';
import { vaultKeys } from '../query/vaultKeys.js';

/**
 * Query options for the consumer's connections; the unit `useConnections` wraps, also usable for
 * `prefetchQuery` / `ensureQueryData`.
 *
 * @example await queryClient.ensureQueryData(connectionsQueryOptions(client, { api: 'crm' }))
 */
export function connectionsQueryOptions(client: VaultClient, params: ConnectionsParams = {}) {
  return queryOptions({
    queryKey: vaultKeys(client).connections(params),
    queryFn: ({ signal }) => client.connections.list(params, { signal }),
  });
}
