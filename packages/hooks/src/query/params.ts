import type { ConnectionRef, ConnectorsFilter } from '@integrations-kit/client';

/** Filters of `useConnections` / `connections.list`. */
export interface ConnectionsParams {
  /** Only connections of this unified API, e.g. `crm`. */
  api?: string;
  /** Only connections that are (or are not) configured. */
  configured?: boolean;
}

/** Filters of `useConnectors`; the cursor is managed by the infinite query. */
export interface ConnectorsParams {
  /** Page size. */
  limit?: number;
  filter?: ConnectorsFilter;
}

/** One resource (e.g. `leads`) of one connection. */
export interface ResourceRef extends ConnectionRef {
  resource: string;
}

/** The resource (or one record of it) whose custom fields to list. */
export interface CustomFieldsRef extends ResourceRef {
  /** Lists the custom fields of one record (e.g. a contact id) instead of the resource's. */
  resourceId?: string;
}

/** The identity that scopes a cache: two sessions never share entries. */
export interface VaultScope {
  readonly baseUrl: string;
  readonly appId: string;
  readonly consumerId: string;
}
