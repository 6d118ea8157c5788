import type { FormField } from '@integrations-kit/client';
import { isRecord } from '../util/clone.js';
import { applyConfiguration } from './applyConfiguration.js';
import { isSensitive, type ConnectionRecord } from './ConnectionRecord.js';
import { validateSettings, type SettingError } from './validateSettings.js';

/** The outcome of a write: a malformed body, refused settings, or applied. */
export type InputResult =
  { kind: 'bad-request'; detail: string } | { kind: 'invalid'; errors: SettingError[] } | { kind: 'ok' };

/**
 * The value a connector with `validation_support` rejects when it checks credentials, so tests and
 * the playground can reach the `invalid` state: type it into any secret field.
 */
export const REJECTED_SECRET = 'invalid';

/**
 * Applies the writable part of a connection body (`enabled`, `settings`, `metadata`,
 * `configuration`, `consent_state`) to a record, as PATCH does:
 * - `settings` are merged into the stored ones (a `null` value clears one); an update that only
 *   flips `enabled` keeps every setting;
 * - enabling or configuring an `available` connection adds it;
 * - read-only fields in the body (`state`, `form_fields`, …) are ignored, like the live API does;
 * - so is `custom_mappings`: an entry cannot name its target there (the contract makes `id` read-only),
 *   so mappings are written through `/vault/custom-mappings/…` (see mappingHandlers).
 * Validates everything before writing anything. The caller re-derives `state` (`store.touch`).
 */
export function applyConnectionInput(record: ConnectionRecord, body: unknown): InputResult {
  if (!isRecord(body)) return { kind: 'bad-request', detail: 'The body must be a connection object' };
  const { enabled, settings, metadata, configuration } = body;
  if (enabled !== undefined && typeof enabled !== 'boolean')
    return { kind: 'bad-request', detail: '"enabled" must be a boolean' };
  if (settings !== undefined && settings !== null && !isRecord(settings)) {
    return { kind: 'bad-request', detail: '"settings" must be an object' };
  }
  if (metadata !== undefined && metadata !== null && !isRecord(metadata)) {
    return { kind: 'bad-request', detail: '"metadata" must be an object' };
  }
  const connection = record.connection;
  const fields: FormField[] = connection.form_fields ?? [];
  const current = connection.settings ?? {};
  const changes = settings ?? {};
  const errors = validateSettings(fields, changes, current);
  if (errors.length) return { kind: 'invalid', errors };
  if (configuration !== undefined) {
    const result = applyConfiguration(connection, configuration);
    if (result.kind !== 'ok') return result;
  }

  if (Object.keys(changes).length) {
    const merged: Record<string, unknown> = { ...current };
    for (const [id, value] of Object.entries(changes)) {
      if (value === null) delete merged[id];
      else merged[id] = value;
    }
    connection.settings = merged;
    judgeCredentials(record, fields, changes);
  }
  if (metadata !== undefined) connection.metadata = metadata;
  if (typeof body.consent_state === 'string')
    connection.consent_state = body.consent_state as typeof connection.consent_state;
  if (enabled !== undefined) connection.enabled = enabled;
  const configures = Object.keys(changes).length > 0 || configuration !== undefined;
  if (!record.added && (enabled === true || configures)) {
    record.added = true;
    if (enabled === undefined) connection.enabled = true;
  }
  return { kind: 'ok' };
}

// New credentials for an API-key, basic or custom connection are checked again: a connector with
// `validation_support` rejects REJECTED_SECRET, any other change clears an earlier rejection.
function judgeCredentials(record: ConnectionRecord, fields: FormField[], changes: Record<string, unknown>): void {
  if (record.connection.auth_type === 'oauth2') return;
  const secrets = fields.filter((field) => isSensitive(field) && field.id !== undefined && field.id in changes);
  if (
    record.connection.validation_support &&
    secrets.some((field) => changes[field.id as string] === REJECTED_SECRET)
  ) {
    record.credentials = 'invalid';
  } else if (record.credentials === 'invalid' || record.credentials === 'revoked') {
    record.credentials = 'none';
  }
}
