import type { VaultClient } from '@integrations-kit/client';
import { queryOptions } from '@tanstack/react-query';
import type { ResourceRef } from '../query/params.js';
import { vaultKeys } from '../query/vaultKeys.js';

/**
 * Query options for a connection's settings of one resource (with their defaults).
 *
 * @example queryClient.prefetchQuery(resourceSettingsQueryOptions(client, { unifiedApi: 'crm', serviceId: 'pipedrive', resource: 'leads' }))
 */
export function resourceSettingsQueryOptions(client: VaultClient, ref: ResourceRef) {
  return queryOptions({
    queryKey: vaultKeys(client).resourceSettings(ref, ref.resource),
    // The client reads only `unifiedApi`, `serviceId` and `resource` of `ref`, the members the key holds.
    queryFn: ({ signal }) => client.connectionSettings.list(ref, { signal }),
  });
}
