'use client';
import type { Connection, ConnectionRef } from '@integrations-kit/client';
import type { VaultQueryHookOptions } from '../query/hookOptions.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { connectionQueryOptions } from './connectionQueryOptions.js';
import { findCachedConnection } from './writeConnection.js';

/**
 * One connection. While it loads, the entry from any cached list shows as placeholder
 * (`isPlaceholderData`), so a detail view opened from the list agrees with it at once; a
 * `placeholderData` of yours shows only when no list holds it.
 *
 * @example const { data: connection } = useConnection({ unifiedApi: 'crm', serviceId: 'pipedrive' });
 */
export function useConnection<TData = Connection>(
  ref: ConnectionRef,
  options: VaultQueryHookOptions<Connection, TData> = {},
) {
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
