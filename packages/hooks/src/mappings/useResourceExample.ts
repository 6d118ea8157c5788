'use client';
import type { ResourceExample } from '@integrations-kit/client';
import type { VaultQueryHookOptions } from '../query/hookOptions.js';
import type { ResourceRef } from '../query/params.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { resourceExampleQueryOptions } from './resourceExampleQueryOptions.js';

/**
 * A downstream example record of a resource as the connector returns it (`{}` when it sent none),
 * for picking the JSONPath a mapping reads.
 *
 * @example const { data: example } = useResourceExample({ unifiedApi: 'hris', serviceId: 'bamboohr', resource: 'employees' });
 */
export function useResourceExample<TData = ResourceExample>(
  ref: ResourceRef,
  options: VaultQueryHookOptions<ResourceExample, TData> = {},
) {
  return useVaultQuery((client) => resourceExampleQueryOptions(client, ref), options);
}
