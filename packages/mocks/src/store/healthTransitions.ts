import type { Connection } from '@integrations-kit/client';
import { REJECTED_SECRET } from './applyConnectionInput.js';
import { isSensitive, missingRequired, type ConnectionRecord } from './ConnectionRecord.js';
import type { ConnectionStore } from './ConnectionStore.js';

const DAY = 24 * 60 * 60 * 1000;

/** Why a connection check failed, in the words of the Apideck error the mock answers with. */
export type CheckFailure =
  | { kind: 'not-added' }
  | { kind: 'not-authorized' }
  | { kind: 'missing'; missing: string[] }
  | { kind: 'rejected'; detail: string };

/**
 * The provider stopped refreshing the token: Vault keeps retrying and deletes the credentials
 * once `retentionMs` has passed without a successful refresh (`pending_refresh`, then `needs_auth`).
 */
export function failTokenRefresh(
  store: ConnectionStore,
  record: ConnectionRecord,
  now: number,
  retentionMs = 7 * DAY,
): void {
  record.condition = 'pending_refresh';
  Object.assign(record.connection, { last_refresh_failed_at: now, credentials_expire_at: now + retentionMs });
  store.touch(record);
}

/** The consumer disconnected the app at the provider: the grant is gone (`invalid`, health `revoked`). */
export function revokeAtProvider(store: ConnectionStore, record: ConnectionRecord): void {
  record.credentials = 'revoked';
  delete record.condition;
  store.touch(record);
}

/** Whether a secret setting holds the value the mock's connectors refuse (see `REJECTED_SECRET`). */
export function hasRejectedSecret(connection: Connection): boolean {
  return (connection.form_fields ?? []).some(
    (field) => isSensitive(field) && connection.settings?.[field.id ?? ''] === REJECTED_SECRET,
  );
}

/**
 * Credentials work again (a new sign-in): the refresh and downstream error times go back to 0, the
 * contract's "none active", rather than away, so a client merging the answer into what it holds
 * learns they are over.
 */
export function clearHealthTimes(record: ConnectionRecord): void {
  Object.assign(record.connection, {
    last_refresh_failed_at: 0,
    credentials_expire_at: 0,
    last_downstream_error_at: 0,
  });
}

/**
 * `POST …/validate` as Vault runs it at `now`: API-key and basic connections need their required
 * settings (and a secret the connector accepts); OAuth forces a token refresh, which fails while
 * the refresh is failing (a new failure time) and, past `credentials_expire_at`, deletes the
 * credentials. Returns the failure, or `null` when the connection checked out.
 */
export function checkConnection(store: ConnectionStore, record: ConnectionRecord, now: number): CheckFailure | null {
  const { connection } = record;
  if (!record.added) return { kind: 'not-added' };
  if (record.credentials === 'revoked') return { kind: 'rejected', detail: 'The provider revoked the access grant' };
  if (record.credentials === 'invalid') return { kind: 'rejected', detail: 'The provider rejected the credentials' };
  if (connection.auth_type === 'oauth2') {
    if (record.credentials !== 'valid') return { kind: 'not-authorized' };
    if (record.condition !== 'pending_refresh') return null;
    const expireAt = connection.credentials_expire_at ?? 0;
    if (expireAt > 0 && expireAt <= now) {
      record.credentials = 'invalid';
      delete record.condition;
    } else {
      connection.last_refresh_failed_at = now;
    }
    store.touch(record);
    return { kind: 'rejected', detail: 'The token refresh failed (invalid_grant)' };
  }
  const missing = missingRequired(connection);
  if (missing.length) return { kind: 'missing', missing };
  if (!hasRejectedSecret(connection)) return null;
  record.credentials = 'invalid';
  store.touch(record);
  return { kind: 'rejected', detail: 'The provider rejected the credentials' };
}
