'use client';
import type { ConnectionRef } from '@integrations-kit/client';
import type { VaultQueryHookOptions } from '../query/params.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { connectionQueryOptions } from './connectionQueryOptions.js';
import { findCachedConnection } from './writeConnection.js';

/**
 * One connection. While it loads, the entry from any cached list shows as placeholder
 * (`isPlaceholderData`), so a detail view opened from the list agrees with it at once.
 *
 * @example const { data: connection } = useConnection({ unifiedApi: 'crm', serviceId: 'pipedrive' });
 */
export function useConnection(ref: ConnectionRef, options: VaultQueryHookOptions = {}) {
  return useVaultQuery(
    (client, queryClient) => ({
      ...connectionQueryOptions(client, ref),
      // A placeholder, not initialData: list entries may lack detail-only fields (form_fields), so
      // the detail is always fetched once, whatever the host's staleTime.
      placeholderData: () => findCachedConnection(queryClient, client, ref),
    }),
    options,
  );
}
