import type { ConnectionRef, VaultClient } from '@integrations-kit/client';
import { queryOptions } from '@tanstack/react-query';
import { vaultKeys } from '../query/vaultKeys.js';

/**
 * Query options for every mapping target of a connection (`GET /vault/custom-mappings/{unified_api}/{service_id}`).
 *
 * @example queryClient.prefetchQuery(mappingsQueryOptions(client, { unifiedApi: 'hris', serviceId: 'bamboohr' }))
 */
export function mappingsQueryOptions(client: VaultClient, ref: ConnectionRef) {
  return queryOptions({
    queryKey: vaultKeys(client).mappings(ref),
    // Only the members the key holds: a `resource` on the ref would narrow the list under the all-targets key.
    queryFn: ({ signal }) => client.mappings.list({ unifiedApi: ref.unifiedApi, serviceId: ref.serviceId }, { signal }),
  });
}
