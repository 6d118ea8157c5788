'use client';
import type { Connection, ConnectionInput, ConnectionRef } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
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
export function useCreateConnection(options?: VaultMutationHookOptions<Connection, ConnectionWriteVariables>) {
  return useConnectionWrite(
    'create-connection',
    (client, variables: ConnectionWriteVariables) => client.connections.create(variables),
    options,
  );
}
