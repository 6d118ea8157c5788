import type { ConnectionRef, VaultClient } from '@integrations-kit/client';
import { queryOptions } from '@tanstack/react-query';
import { vaultKeys } from '../query/vaultKeys.js';

/**
 * Query options for a connection's consent history (`GET …/consent`), newest first.
 *
 * @example queryClient.prefetchQuery(consentQueryOptions(client, { unifiedApi: 'crm', serviceId: 'pipedrive' }))
 */
export function consentQueryOptions(client: VaultClient, ref: ConnectionRef) {
  return queryOptions({
    queryKey: vaultKeys(client).consent(ref),
    // The client reads only `unifiedApi` and `serviceId` of `ref`, the members the key holds.
    queryFn: ({ signal }) => client.consent.list(ref, { signal }),
  });
}
