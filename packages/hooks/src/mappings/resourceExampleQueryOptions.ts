import type { VaultClient } from '@integrations-kit/client';
import { queryOptions } from '@tanstack/react-query';
import type { ResourceRef } from '../query/params.js';
import { vaultKeys } from '../query/vaultKeys.js';

/**
 * Query options for a downstream example record of a resource (`GET …/{resource}/example`), the
 * record a mapping's JSONPath reads from.
 *
 * @example queryClient.prefetchQuery(resourceExampleQueryOptions(client, { unifiedApi: 'hris', serviceId: 'bamboohr', resource: 'employees' }))
 */
export function resourceExampleQueryOptions(client: VaultClient, ref: ResourceRef) {
  return queryOptions({
    queryKey: vaultKeys(client).resourceExample(ref, ref.resource),
    // The client reads only `unifiedApi`, `serviceId` and `resource` of `ref`, the members the key holds.
    queryFn: ({ signal }) => client.mappings.example(ref, { signal }),
  });
}
