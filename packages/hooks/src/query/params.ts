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

/** Filters of `useConnectionLogs`; the connection's path and the cursor are the hook's. */
export interface ConnectionLogsParams {
  /** Page size (1–200; the API's default is 20). */
  limit?: number;
  /** Only failed requests (a 4xx or 5xx status); wins over `statusCodes`. */
  errorsOnly?: boolean;
  /** Only these HTTP status codes (at most 50). */
  statusCodes?: number[];
  /** Only requests at or after this ISO 8601 time. */
  startDate?: string;
  /** Only requests at or before this ISO 8601 time. */
  endDate?: string;
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
