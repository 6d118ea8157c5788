'use client';
import type { ConnectionRef } from '@integrations-kit/client';
import { useConnectionWrite } from './useConnectionWrite.js';

/**
 * Fetches an access token for a `client_credentials` or `password` grant connection, using the
 * settings stored on it; the connection becomes callable.
 *
 * @example useConnectionToken().mutate({ unifiedApi: 'crm', serviceId: 'acme-crm' })
 */
export function useConnectionToken() {
  return useConnectionWrite('connection-token', (client, ref: ConnectionRef) => client.connections.token(ref));
}
