import type { Connection, ConnectionRef } from '@integrations-kit/client';

/** The `{ unifiedApi, serviceId }` of a connection as the API returns it. */
export function connectionRef(connection: Pick<Connection, 'unified_api' | 'service_id'>): ConnectionRef {
  return { unifiedApi: connection.unified_api ?? '', serviceId: connection.service_id ?? '' };
}

/** Whether `connection` is the one `ref` names. */
export function isConnection(connection: Connection, ref: ConnectionRef): boolean {
  return connection.unified_api === ref.unifiedApi && connection.service_id === ref.serviceId;
}
