'use client';
import type { ConnectionImportData, ConnectionRef } from '@integrations-kit/client';
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
export function useImportConnection() {
  return useConnectionWrite('import-connection', (client, variables: ImportConnectionVariables) =>
    client.connections.import(variables),
  );
}
