import type { Connection, FormField } from '@integrations-kit/client';

/** A connection with its read-only contract fields made writable, for the store's own updates. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** What Vault knows about a connection's credentials, which the public shape only hints at. */
export type Credentials = 'none' | 'valid' | 'unconfirmed' | 'invalid' | 'revoked';

/** A health the connection keeps while callable, set by fixtures (downstream trouble, refresh, consent). */
export type Condition = 'degraded' | 'pending_refresh' | 'needs_consent';

/** One stored connection: the unmasked connection plus the facts its `state` and `health` derive from. */
export interface ConnectionRecord {
  /** Settings hold every value, secrets included; `form_fields` carry no values (they are filled in on the way out). */
  connection: Writable<Connection>;
  /** The consumer added the connection (`state` is no longer `available`). */
  added: boolean;
  credentials: Credentials;
  condition?: Condition;
}

/** The id Vault gives a connection: `{unified_api}+{service_id}`. */
export function connectionId(unifiedApi: string, serviceId: string): string {
  return `${unifiedApi}+${serviceId}`;
}

/** Whether a field's value is a secret the API never echoes back. */
export function isSensitive(field: FormField): boolean {
  return field.sensitive === true || field.type === 'password';
}

/** Whether a setting counts as not filled in. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/**
 * Required settings still empty. Disabled fields are left out (Vault fills them, e.g. after
 * authorization), and so are deprecated ones (kept only for old connections).
 */
export function missingRequired(connection: Connection): string[] {
  const settings = connection.settings ?? {};
  return (connection.form_fields ?? [])
    .filter((field) => field.required && !field.disabled && !field.deprecated && field.id)
    .filter((field) => isBlank(settings[field.id as string]))
    .map((field) => field.id as string);
}

/** `settings_required_for_authorization` still empty. */
export function missingForAuthorization(connection: Connection): string[] {
  const settings = connection.settings ?? {};
  return (connection.settings_required_for_authorization ?? []).filter((id) => isBlank(settings[id]));
}

/** Whether the connection authorizes through a browser consent page (OAuth authorization code). */
export function usesConsentFlow(connection: Connection): boolean {
  return (
    connection.auth_type === 'oauth2' && (connection.oauth_grant_type ?? 'authorization_code') === 'authorization_code'
  );
}
