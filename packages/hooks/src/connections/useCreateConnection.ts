'use client';
import type { ConnectionInput, ConnectionRef } from '@integrations-kit/client';
import { useConnectionWrite } from './useConnectionWrite.js';

/** Variables of `useCreateConnection` / `useUpdateConnection`. */
export interface ConnectionWriteVariables extends ConnectionRef {
  /** Only the fields to set; anything left out keeps its stored value. */
  connection: ConnectionInput;
}

/**
 * Adds a connection for the consumer (e.g. with its first settings).
 *
 * @example useCreateConnection().mutate({ unifiedApi: 'crm', serviceId: 'pipedrive', connection: { settings: { api_key } } })
 */
export function useCreateConnection() {
  return useConnectionWrite('create-connection', (client, variables: ConnectionWriteVariables) =>
    client.connections.create(variables),
  );
}
