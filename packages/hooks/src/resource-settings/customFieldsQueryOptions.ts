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
  return queryOptions({
    queryKey: vaultKeys(client).customFields(ref, ref.resource, ref.resourceId),
    // The client reads only `unifiedApi`, `serviceId`, `resource` and `resourceId` of `ref`, the members the key holds.
    queryFn: ({ signal }) => client.customFields.list(ref, { signal }),
  });
}
