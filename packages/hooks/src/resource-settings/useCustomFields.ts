'use client';
import type { CustomFieldsRef, VaultQueryHookOptions } from '../query/params.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { customFieldsQueryOptions } from './customFieldsQueryOptions.js';

/**
 * The custom fields the downstream connector has on a resource, for mapping.
 *
 * @example const { data: fields = [] } = useCustomFields({ unifiedApi: 'crm', serviceId: 'pipedrive', resource: 'leads' });
 */
export function useCustomFields(ref: CustomFieldsRef, options: VaultQueryHookOptions = {}) {
  return useVaultQuery((client) => customFieldsQueryOptions(client, ref), options);
}
