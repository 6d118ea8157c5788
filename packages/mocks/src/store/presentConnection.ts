import type { Connection, DataScopes, FormField, SettingValue } from '@integrations-kit/client';
import type { Dialect } from '../dialect/Dialect.js';
import { inDialect } from '../dialect/inDialect.js';
import { encodeOAuthState } from '../oauth/oauthState.js';
import type { ConsentAction, VaultMockOptions } from '../types.js';
import { clone } from '../util/clone.js';
import { isSensitive, usesConsentFlow, type ConnectionRecord, type Writable } from './ConnectionRecord.js';
import { presentConsentFields } from './consentTransitions.js';

/** What presenting a connection needs to know about the mock. */
export interface PresentContext {
  baseUrl: string;
  appId: string;
  consumerId: string;
  consentUrl: VaultMockOptions['consentUrl'];
  /** The shapes answers take where the contract is loose. */
  dialect: Dialect;
  /** The application's Data Scopes, sent on every connection as `application_data_scopes`. */
  dataScopes: DataScopes;
}

/**
 * A stored connection as the API answers it:
 * - secrets (`sensitive` or `password` fields) are never echoed: left out of `settings` and of the
 *   form field's `value`, like the live API masks them;
 * - non-secret form fields carry their stored `value`;
 * - `authorize_url` / `revoke_url` point at this mock's consent endpoints (or the host's consent
 *   page via `consentUrl`), only for OAuth authorization-code connections;
 * - list entries (`view: 'list'`) leave out `form_fields` and `configuration`, as the live list does;
 * - `application_data_scopes` from the app, consent timestamps as ISO 8601 (as the contract says);
 * - everything in the shapes of the mock's dialect (see `Dialect`).
 */
export function presentConnection(
  record: ConnectionRecord,
  ctx: PresentContext,
  view: 'detail' | 'list' = 'detail',
): Connection {
  // A list entry leaves out form_fields and configuration and is serialised at once by the list
  // route, so a shallow copy serves it (nothing below writes into nested objects): deep copies were
  // most of the time a 10,000-connection list took. A detail is a deep copy, as callers may keep it.
  const { form_fields: storedFields, configuration: _configuration, ...listed } = record.connection;
  const connection: Writable<Connection> = view === 'list' ? { ...listed } : clone(record.connection);
  const fields: FormField[] = storedFields ?? [];
  const secrets = new Set(fields.filter(isSensitive).map((field) => field.id));
  const settings = connection.settings ?? {};
  connection.settings = Object.fromEntries(Object.entries(settings).filter(([id]) => !secrets.has(id)));
  if (view === 'detail') {
    connection.form_fields = (connection.form_fields ?? []).map((field) => {
      const value = field.id === undefined || secrets.has(field.id) ? undefined : settings[field.id];
      return value === undefined ? field : { ...field, value: value as SettingValue };
    });
  }
  // The live API lists a connection's mapping targets on every connection, none as [].
  connection.custom_mappings ??= [];
  Object.assign(connection, oauthLinks(connection, ctx), presentConsentFields(connection, ctx.dataScopes));
  return inDialect(connection, ctx.dialect, view);
}

/** `authorize_url` and `revoke_url` of a connection: set for OAuth authorization-code connections, else null. */
export function oauthLinks(
  connection: Connection,
  ctx: Omit<PresentContext, 'dataScopes'>,
): Pick<Connection, 'authorize_url' | 'revoke_url'> {
  if (!usesConsentFlow(connection)) return { authorize_url: null, revoke_url: null };
  // One state for both links: encoding it is most of what presenting a list entry costs.
  const state = encodeOAuthState({
    application_id: ctx.appId,
    consumer_id: ctx.consumerId,
    unified_api: connection.unified_api ?? '',
    service_id: connection.service_id ?? '',
  });
  return {
    authorize_url: oauthUrl('authorize', connection, ctx, state),
    revoke_url: oauthUrl('revoke', connection, ctx, state),
  };
}

function oauthUrl(
  action: ConsentAction,
  connection: Connection,
  ctx: Omit<PresentContext, 'dataScopes'>,
  state: string,
): string {
  const serviceId = connection.service_id ?? '';
  const unifiedApi = connection.unified_api ?? '';
  if (ctx.consentUrl) return ctx.consentUrl({ action, serviceId, unifiedApi, applicationId: ctx.appId, state });
  const path = `/vault/${action}/${encodeURIComponent(serviceId)}/${encodeURIComponent(ctx.appId)}`;
  return `${ctx.baseUrl}${path}?state=${encodeURIComponent(state)}`;
}
