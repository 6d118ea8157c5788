'use client';
import { useQuery } from '@tanstack/react-query';
import type { ResourceRef, VaultQueryHookOptions } from '../query/params.js';
import { useVaultClient } from '../provider/useVaultClient.js';
import { resourceSettingsQueryOptions } from './resourceSettingsQueryOptions.js';

/**
 * A connection's settings for one resource, each with its current value and options.
 *
 * @example const { data: fields = [] } = useResourceSettings({ unifiedApi: 'crm', serviceId: 'pipedrive', resource: 'leads' });
 */
export function useResourceSettings(ref: ResourceRef, options: VaultQueryHookOptions = {}) {
  const client = useVaultClient();
  return useQuery({ ...resourceSettingsQueryOptions(client, ref), enabled: options.enabled ?? true });
}
