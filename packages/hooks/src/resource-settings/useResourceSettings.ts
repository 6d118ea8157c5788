'use client';
import type { ResourceRef, VaultQueryHookOptions } from '../query/params.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { resourceSettingsQueryOptions } from './resourceSettingsQueryOptions.js';

/**
 * A connection's settings for one resource, each with its current value and options.
 *
 * @example const { data: fields = [] } = useResourceSettings({ unifiedApi: 'crm', serviceId: 'pipedrive', resource: 'leads' });
 */
export function useResourceSettings(ref: ResourceRef, options: VaultQueryHookOptions = {}) {
  return useVaultQuery((client) => resourceSettingsQueryOptions(client, ref), options);
}
