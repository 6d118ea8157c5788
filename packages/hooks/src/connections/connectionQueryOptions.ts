import type { ConnectionRef, VaultClient } from '@integrations-kit/client';
import { queryOptions } from '@tanstack/react-query';
import { vaultKeys } from '../query/vaultKeys.js';

/** How long a read connection counts as fresh: long enough for every view opened with it to share it. */
const CONNECTION_STALE_TIME = 30_000;

/**
 * Query options for one connection (with its `form_fields` and `configuration`).
 *
 * @example queryClient.prefetchQuery(connectionQueryOptions(client, { unifiedApi: 'crm', serviceId: 'pipedrive' }))
 */
export function connectionQueryOptions(client: VaultClient, ref: ConnectionRef) {
  return queryOptions({
    queryKey: vaultKeys(client).connection(ref),
    // The client reads only `unifiedApi` and `serviceId` of `ref`, the members the key holds.
    queryFn: ({ signal }) => client.connections.get(ref, { signal }),
    // A second view of the same connection (dialog, settings) mounting right after the first must
    // reuse its answer, not read it again; writes update this entry themselves.
    staleTime: CONNECTION_STALE_TIME,
  });
}
