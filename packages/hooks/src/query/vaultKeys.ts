import type { ConnectionRef } from '@integrations-kit/client';
import type { ConnectionLogsParams, ConnectionsParams, ConnectorsParams, VaultScope } from './params.js';

/**
 * Query keys of one Vault session, hierarchical so a prefix matches exactly what it should:
 * `all` (everything of the session), `connectionLists()` (every filtered list),
 * `connection(ref)` (a connection and its resource settings, custom fields, field mappings, downstream
 * examples, consent history and activity log).
 * Every key starts with `['vault', baseUrl, appId, consumerId]`, so two sessions never share cache.
 *
 * @example queryClient.invalidateQueries({ queryKey: vaultKeys(client).connection(ref) })
 */
export function vaultKeys(scope: VaultScope) {
  const all = ['vault', scope.baseUrl, scope.appId, scope.consumerId] as const;
  const connection = (ref: ConnectionRef) => [...all, 'connection', ref.unifiedApi, ref.serviceId] as const;
  return {
    all,
    connectionLists: () => [...all, 'connections'] as const,
    connections: (params: ConnectionsParams = {}) => [...all, 'connections', params] as const,
    connection,
    resourceSettings: (ref: ConnectionRef, resource: string) =>
      [...connection(ref), 'resource-settings', resource] as const,
    customFields: (ref: ConnectionRef, resource: string, resourceId?: string) =>
      [...connection(ref), 'custom-fields', resource, resourceId ?? null] as const,
    consent: (ref: ConnectionRef) => [...connection(ref), 'consent'] as const,
    mappings: (ref: ConnectionRef) => [...connection(ref), 'mappings'] as const,
    resourceExample: (ref: ConnectionRef, resource: string) => [...connection(ref), 'example', resource] as const,
    connectionLogs: (ref: ConnectionRef, params: ConnectionLogsParams = {}) =>
      [...connection(ref), 'logs', 'infinite', params] as const,
    connectorLists: () => [...all, 'connectors', 'infinite'] as const,
    connectors: (params: ConnectorsParams = {}) => [...all, 'connectors', 'infinite', params] as const,
    connector: (id: string) => [...all, 'connectors', 'detail', id] as const,
    connectorDoc: (id: string, docId: string) => [...all, 'connectors', 'docs', id, docId] as const,
    /** Prefix of the kit's mutation keys (for `useIsMutating`). */
    mutations: () => [...all, 'mutation'] as const,
  };
}

/** The keys `vaultKeys` returns for one session. */
export type VaultKeys = ReturnType<typeof vaultKeys>;
