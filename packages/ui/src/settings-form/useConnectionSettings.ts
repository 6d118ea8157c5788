import { useMemo } from 'react';
import type { Connection, Connector } from '@integrations-kit/client';
import { useConnection, useConnector } from '@integrations-kit/hooks';
import type { FieldFormModel } from '../fields/fieldFormModel.js';
import { connectionFieldModel } from './connectionFieldModel.js';

/** What a settings form needs to render: the loaded connection and its field model. */
export type ConnectionSettingsState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; connection: Connection; connector?: Connector; model: FieldFormModel };

/**
 * Loads a connection (never a list entry standing in for it: lists lack `form_fields`) and, only
 * when it declares no form fields, its connector's `settings`, then derives the field model.
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

  if (connectionQuery.isError) return { status: 'error', error: connectionQuery.error };
  if (!connection || !model) return { status: 'loading' };
  if (needsConnector && connectorQuery.isError) return { status: 'error', error: connectorQuery.error };
  if (needsConnector && !connector) return { status: 'loading' };
  return { status: 'ready', connection, connector, model };
}
