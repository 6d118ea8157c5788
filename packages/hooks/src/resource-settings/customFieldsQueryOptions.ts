import type { VaultClient } from '@integrations-kit/client';
import { queryOptions } from '@tanstack/react-query';
import type { CustomFieldsRef } from '../query/params.js';
import { vaultKeys } from '../query/vaultKeys.js';

/**
 * Query options for the custom fields the downstream connector has on a resource (or one record).
 *
 * @example queryClient.prefetchQuery(customFieldsQueryOptions(client, { unifiedApi: 'crm', serviceId: 'pipedrive', resource: 'leads' }))
 */
export function customFieldsQueryOptions(client: VaultClient, ref: CustomFieldsRef) {
  const { unifiedApi, serviceId, resource, resourceId } = ref;
  return queryOptions({
    queryKey: vaultKeys(client).customFields(ref, resource, resourceId),
    queryFn: ({ signal }) =>
      client.customFields.list(
        { unifiedApi, serviceId, resource, ...(resourceId === undefined ? {} : { resourceId }) },
        { signal },
      ),
  });
}
