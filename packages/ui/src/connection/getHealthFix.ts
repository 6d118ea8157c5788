import type { Connection } from '@integrations-kit/client';
import { getConnectionHealth } from './getConnectionHealth.js';
import { getConnectionStatus } from './getConnectionStatus.js';

/**
 * The one action that fixes a connection's health: `reconnect` (sign in again in place; settings
 * are kept), `test` (check it again once the provider answers), or `null` when nothing is wrong or
 * another part of the dialog is the fix (settings, consent, a first Connect).
 */
export type HealthFix = 'reconnect' | 'test' | null;

/**
 * Which action fixes the connection's health. It reads the same status as the badge, so the card,
 * the dialog and the health timeline never disagree: an OAuth connection that had access and lost
 * it (refresh failing, credentials deleted, revoked at the provider) reconnects; one the provider
 * could not reach is tested again.
 *
 * @example getHealthFix({ auth_type: 'oauth2', state: 'invalid', health: 'revoked' }) // 'reconnect'
 */
export function getHealthFix(connection: Connection): HealthFix {
  const status = getConnectionStatus(connection);
  const health = getConnectionHealth(connection);
  // `added` never had access: its fix is the first Connect the dialog already offers.
  const hadAccess = connection.state !== 'added' && connection.state !== 'available';
  if (connection.auth_type === 'oauth2' && hadAccess) {
    if (status === 'revoked' || status === 'invalid' || status === 'not-authorized') return 'reconnect';
    if (health === 'pending_refresh') return 'reconnect';
  }
  return status === 'degraded' && health === 'degraded' ? 'test' : null;
}
