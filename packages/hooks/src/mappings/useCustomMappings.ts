'use client';
import type { ConnectionRef, CustomMapping } from '@integrations-kit/client';
import type { VaultQueryHookOptions } from '../query/hookOptions.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { mappingsQueryOptions } from './mappingsQueryOptions.js';

/**
 * Every mapping target of a connection, each with its `resource` and current JSONPath (`value`,
 * `null` when unmapped). Narrow to one resource with `select`.
 *
 * @example
 * const { data: employees = [] } = useCustomMappings(ref, {
 *   select: (targets) => targets.filter((target) => target.resource === 'employees'),
 * });
 */
export function useCustomMappings<TData = CustomMapping[]>(
  ref: ConnectionRef,
  options: VaultQueryHookOptions<CustomMapping[], TData> = {},
) {
  return useVaultQuery((client) => mappingsQueryOptions(client, ref), options);
}
