'use client';
import type { Connection } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useConnectionWrite } from './useConnectionWrite.js';
import type { ConnectionWriteVariables } from './useCreateConnection.js';

/**
 * Updates a connection. Sends only the fields given, so `{ enabled: false }` never clears the
 * stored `settings`; the answer is merged into the cached connection.
 *
 * @example useUpdateConnection().mutate({ unifiedApi: 'crm', serviceId: 'pipedrive', connection: { settings: { instance_url } } })
 */
export function useUpdateConnection(options?: VaultMutationHookOptions<Connection, ConnectionWriteVariables>) {
  return useConnectionWrite(
    'update-connection',
    (client, variables: ConnectionWriteVariables) => client.connections.update(variables),
    options,
  );
}
