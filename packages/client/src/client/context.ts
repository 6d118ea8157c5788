import type { Client } from 'openapi-fetch';
import type { paths as ConnectorPaths } from '../generated/connector.js';
import type { paths as VaultPaths } from '../generated/vault.js';
import type { ConnectionRef } from '../types.js';

/** The headers every call sends (DESIGN: auth + app + consumer + auth type). */
export interface SessionHeaders {
  Authorization: string;
  'x-apideck-auth-type': 'JWT';
  'x-apideck-app-id': string;
  'x-apideck-consumer-id': string;
}

/** What the method groups share: one openapi-fetch client per contract and the live session headers. */
export interface ClientContext {
  vault: Client<VaultPaths>;
  connector: Client<ConnectorPaths>;
  /** Read per call, because `setToken` swaps the session. */
  header(): SessionHeaders;
}

/** The `{ unified_api, service_id }` path parameters of `ref`, refusing blanks (they would leave `{service_id}` in the URL). */
export function connectionPath(ref: ConnectionRef): { unified_api: string; service_id: string } {
  return { unified_api: required(ref.unifiedApi, 'unifiedApi'), service_id: required(ref.serviceId, 'serviceId') };
}

/** `value` when it is a non-empty string, else a `TypeError` naming the parameter. */
export function required(value: string, name: string): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`Vault client: \`${name}\` must be a non-empty string.`);
  return value;
}
