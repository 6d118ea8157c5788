import type { ConnectionRef, VaultClient } from '@integrations-kit/client';
import type { QueryClient } from '@tanstack/react-query';
import { connectorQueryOptions } from '../connectors/connectorQueryOptions.js';
import { connectionQueryOptions } from './connectionQueryOptions.js';

/**
 * Reads ahead what opening a connection shows: its detail and, when the detail declares no form
 * fields (the settings form then reads the connector's), its connector. Through the same query
 * options the hooks use, so a fresh entry is not read again and the dialog opened next finds both
 * in the cache. Never rejects: a failed read ahead is left for the view that needs it to report.
 *
 * @example onPointerEnter={() => void prefetchConnection(queryClient, client, { unifiedApi: 'crm', serviceId: 'pipedrive' })}
 */
export async function prefetchConnection(
  queryClient: QueryClient,
  client: VaultClient,
  ref: ConnectionRef,
): Promise<void> {
  try {
    const connection = await queryClient.fetchQuery(connectionQueryOptions(client, ref));
    if ((connection.form_fields?.length ?? 0) === 0)
      await queryClient.prefetchQuery(connectorQueryOptions(client, ref.serviceId));
  } catch {
    // Nothing to do: the dialog reads again and shows the error when it opens.
  }
}
