'use client';
import type { ResourceSetting } from '@integrations-kit/client';
import type { VaultQueryHookOptions } from '../query/hookOptions.js';
import type { ResourceRef } from '../query/params.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { resourceSettingsQueryOptions } from './resourceSettingsQueryOptions.js';

/**
 * A connection's settings for one resource, each with its current value and options.
 *
 * @example const { data: fields = [] } = useResourceSettings({ unifiedApi: 'crm', serviceId: 'pipedrive', resource: 'leads' });
 */
export function useResourceSettings<TData = ResourceSetting[]>(
  ref: ResourceRef,
  options: VaultQueryHookOptions<ResourceSetting[], TData> = {},
) {
  return useVaultQuery((client) => resourceSettingsQueryOptions(client, ref), options);
}
