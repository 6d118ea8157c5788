import type { ConnectionRef, VaultClient } from '@integrations-kit/client';
import { queryOptions } from '@tanstack/react-query';
import { vaultKeys } from '../query/vaultKeys.js';

/**
 * Query options for one connection (with its `form_fields` and `configuration`).
 *
 * @example queryClient.prefetchQuery(connectionQueryOptions(client, { unifiedApi: 'crm', serviceId: 'pipedrive' }))
 */
export function connectionQueryOptions(client: VaultClient, ref: ConnectionRef) {
  const { unifiedApi, serviceId } = ref;
  return queryOptions({
    queryKey: vaultKeys(client).connection(ref),
    queryFn: ({ signal }) => client.connections.get({ unifiedApi, serviceId }, { signal }),
  });
}
