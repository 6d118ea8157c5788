import type { ConnectionHealth, ConnectionState } from '@integrations-kit/client';
import { missingForAuthorization, missingRequired, type ConnectionRecord } from './ConnectionRecord.js';

/** A connection's `state` and `health`, as Vault derives them. */
export interface DerivedStatus {
  state: ConnectionState;
  health: ConnectionHealth | undefined;
}

/**
 * Vault's connection state flow:
 * - not added: `available` (no health);
 * - OAuth: `added` until authorized (`needs_auth`, or `missing_settings` while
 *   `settings_required_for_authorization` are empty; `pending_confirmation` between callback and
 *   confirm), then `authorized` while required settings are missing, then `callable`;
 *   failed or revoked credentials make it `invalid` (`needs_auth` / `revoked`);
 * - API key, basic, custom: `added` while required settings are missing, else `callable`, or
 *   `invalid` when the downstream rejected the credentials;
 * - no auth: `callable` as soon as it is added.
 */
export function deriveStatus(record: ConnectionRecord): DerivedStatus {
  const { connection, added, credentials, condition } = record;
  if (!added) return { state: 'available', health: undefined };
  const healthy = condition ?? 'ok';
  if (credentials === 'invalid') return { state: 'invalid', health: 'needs_auth' };
  if (credentials === 'revoked') return { state: 'invalid', health: 'revoked' };

  if (connection.auth_type === 'oauth2') {
    if (credentials === 'unconfirmed') return { state: 'added', health: 'pending_confirmation' };
    if (credentials !== 'valid') {
      return { state: 'added', health: missingForAuthorization(connection).length ? 'missing_settings' : 'needs_auth' };
    }
    return missingRequired(connection).length
      ? { state: 'authorized', health: 'missing_settings' }
      : { state: 'callable', health: healthy };
  }
  if (connection.auth_type === 'none') return { state: 'callable', health: healthy };
  return missingRequired(connection).length
    ? { state: 'added', health: 'missing_settings' }
    : { state: 'callable', health: healthy };
}
