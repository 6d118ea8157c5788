'use client';
import type { Connection, ConnectionRef } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useConnectionWrite } from './useConnectionWrite.js';

/**
 * Fetches an access token for a `client_credentials` or `password` grant connection, using the
 * settings stored on it; the connection becomes callable.
 *
 * @example useConnectionToken().mutate({ unifiedApi: 'crm', serviceId: 'acme-crm' })
 */
export function useConnectionToken(options?: VaultMutationHookOptions<Connection, ConnectionRef>) {
  return useConnectionWrite('connection-token', (client, ref: ConnectionRef) => client.connections.token(ref), options);
}
