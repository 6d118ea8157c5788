'use client';
import { useConnectionWrite } from './useConnectionWrite.js';
import type { ConnectionWriteVariables } from './useCreateConnection.js';

/**
 * Updates a connection. Sends only the fields given, so `{ enabled: false }` never clears the
 * stored `settings`; the answer is merged into the cached connection.
 *
 * @example useUpdateConnection().mutate({ unifiedApi: 'crm', serviceId: 'pipedrive', connection: { settings: { instance_url } } })
 */
export function useUpdateConnection() {
  return useConnectionWrite('update-connection', (client, variables: ConnectionWriteVariables) =>
    client.connections.update(variables),
  );
}
