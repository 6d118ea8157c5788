'use client';
import type { Connection, ConnectionImportData, ConnectionRef } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useConnectionWrite } from './useConnectionWrite.js';

/** Variables of `useImportConnection`. */
export interface ImportConnectionVariables extends ConnectionRef {
  /** Credentials obtained outside Vault (tokens, settings). */
  data: ConnectionImportData;
}

/**
 * Imports a connection whose credentials were obtained outside Vault.
 *
 * @example useImportConnection().mutate({ unifiedApi: 'crm', serviceId: 'pipedrive', data: { credentials: { refresh_token } } })
 */
export function useImportConnection(options?: VaultMutationHookOptions<Connection, ImportConnectionVariables>) {
  return useConnectionWrite(
    'import-connection',
    (client, variables: ImportConnectionVariables) => client.connections.import(variables),
    options,
  );
}
