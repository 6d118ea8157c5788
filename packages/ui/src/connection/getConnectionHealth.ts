import type { Connection, ConnectionHealth } from '@integrations-kit/client';

/** A connection's health as the kit reads it: the contract's eight values, `unknown`, or none sent. */
export type HealthReading = ConnectionHealth | 'unknown' | 'none';

// A Set, not an object literal: a `health` of "constructor" must not count as known.
const KNOWN = new Set<unknown>([
  'ok',
  'pending_refresh',
  'needs_auth',
  'pending_confirmation',
  'needs_consent',
  'revoked',
  'missing_settings',
  'degraded',
] satisfies ConnectionHealth[]);

/**
 * Reads `health` once for every part (the status badge, the health timeline): a value the contract
 * does not list (a newer API, a broken answer) is `unknown` for this one connection, and a missing
 * or empty one is `none` (the connection was never added, or the API did not say).
 *
 * @example getConnectionHealth({ health: 'pending_refresh' }) // 'pending_refresh'
 */
export function getConnectionHealth(connection: Pick<Connection, 'health'> | null | undefined): HealthReading {
  const health: unknown = connection?.health;
  if (health === undefined || health === null || health === '') return 'none';
  return KNOWN.has(health) ? (health as ConnectionHealth) : 'unknown';
}
