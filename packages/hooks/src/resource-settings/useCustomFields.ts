'use client';
import { useQuery } from '@tanstack/react-query';
import type { CustomFieldsRef, VaultQueryHookOptions } from '../query/params.js';
import { useVaultClient } from '../provider/useVaultClient.js';
import { customFieldsQueryOptions } from './customFieldsQueryOptions.js';

/**
 * The custom fields the downstream connector has on a resource, for mapping.
 *
 * @example const { data: fields = [] } = useCustomFields({ unifiedApi: 'crm', serviceId: 'pipedrive', resource: 'leads' });
 */
export function useCustomFields(ref: CustomFieldsRef, options: VaultQueryHookOptions = {}) {
  const client = useVaultClient();
  return useQuery({ ...customFieldsQueryOptions(client, ref), enabled: options.enabled ?? true });
}
