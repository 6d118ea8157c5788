import type { Connection, ConnectionRef, VaultClient } from '@integrations-kit/client';
import type { QueryClient } from '@tanstack/react-query';
import { writeConnection } from './writeConnection.js';

/**
 * Finishes an OAuth consent: `POST …/confirm` with the callback's token, then reads the now
 * callable connection (confirm answers only `{ confirmed }`) and writes it into the caches.
 */
export async function confirmConnection(
  client: VaultClient,
  queryClient: QueryClient,
  { unifiedApi, serviceId, confirmToken }: ConnectionRef & { confirmToken: string },
): Promise<Connection> {
  const ref = { unifiedApi, serviceId };
  await client.connections.confirm({ ...ref, confirmToken });
  const connection = await client.connections.get(ref);
  writeConnection(queryClient, client, ref, connection);
  return connection;
}
