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
  const { unifiedApi, serviceId, resource } = ref;
  return queryOptions({
    queryKey: vaultKeys(client).resourceSettings(ref, resource),
    queryFn: ({ signal }) => client.connectionSettings.list({ unifiedApi, serviceId, resource }, { signal }),
  });
}
