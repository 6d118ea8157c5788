import { useMemo } from 'react';
import { isVaultError, type Connection, type Connector, type VaultApiError } from '@integrations-kit/client';
import { useConnection, useConnector } from '@integrations-kit/hooks';
import type { FieldFormModel } from '../fields/fieldFormModel.js';
import { connectionFieldModel } from './connectionFieldModel.js';

/** What a settings form needs to render: the loaded connection and its field model. */
export type ConnectionSettingsState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | {
      status: 'ready';
      connection: Connection;
      connector?: Connector;
      model: FieldFormModel;
      /**
       * The connector was needed (the connection declares no form fields) but the Connector API
       * refused the session (401/403): the form can show only what the connection describes.
       */
      connectorRefused?: true;
    };

/**
 * Loads a connection (never a list entry standing in for it: lists lack `form_fields`) and, only
 * when it declares no form fields, its connector's `settings`, then derives the field model. A
 * connector the Connector API does not know (404) leaves nothing to set: the form is empty rather
 * than failed, since "not found" is only true of the connector, not of the connection; a refusal
 * (401/403) is `ready` with `connectorRefused`, never a session refresh. Once
 * loaded, the state stays `ready` through failed background re-reads.
 */
export function useConnectionSettings(unifiedApi: string, serviceId: string): ConnectionSettingsState {
  const connectionQuery = useConnection({ unifiedApi, serviceId });
  const connection = connectionQuery.isPlaceholderData ? undefined : connectionQuery.data;
  const needsConnector = connection !== undefined && (connection.form_fields?.length ?? 0) === 0;
  const connectorQuery = useConnector(serviceId, { enabled: needsConnector });
  const connector = needsConnector && !connectorQuery.isPlaceholderData ? connectorQuery.data : undefined;

  const model = useMemo(
    () => (connection ? connectionFieldModel(connection, connector) : undefined),
    [connection, connector],
  );

  // Only a read that never produced data is a load failure. A failed re-read (after the staleTime,
  // on focus, on an invalidation) keeps what was loaded: the form over it may hold a draft.
  if (!connection || !model)
    return connectionQuery.isError ? { status: 'error', error: connectionQuery.error } : { status: 'loading' };
  if (needsConnector && !connector) {
    if (!connectorQuery.isError) return { status: 'loading' };
    const { error } = connectorQuery;
    const status = isVaultError(error) && error.kind === 'api' ? (error as VaultApiError).status : undefined;
    if (status === 404) return { status: 'ready', connection, model };
    // The Connector API may refuse a Vault session token (it is not documented to take one): that
    // part degrades, the connection itself stays usable.
    if (status === 401 || status === 403) return { status: 'ready', connection, model, connectorRefused: true };
    return { status: 'error', error };
  }
  return { status: 'ready', connection, connector, model };
}
