'use client';
import type { CustomField } from '@integrations-kit/client';
import type { VaultQueryHookOptions } from '../query/hookOptions.js';
import type { CustomFieldsRef } from '../query/params.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { customFieldsQueryOptions } from './customFieldsQueryOptions.js';

/**
 * The custom fields the downstream connector has on a resource, for mapping.
 *
 * @example const { data: fields = [] } = useCustomFields({ unifiedApi: 'crm', serviceId: 'pipedrive', resource: 'leads' });
 */
export function useCustomFields<TData = CustomField[]>(
  ref: CustomFieldsRef,
  options: VaultQueryHookOptions<CustomField[], TData> = {},
) {
  return useVaultQuery((client) => customFieldsQueryOptions(client, ref), options);
}
