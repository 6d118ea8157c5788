import { normalizeConnection, type Connection } from '@integrations-kit/client';
import { getConnectionHealth, type HealthReading } from '../connection/getConnectionHealth.js';
import { getConnectionStatus, type ConnectionStatus } from '../connection/getConnectionStatus.js';
import { getHealthFix, type HealthFix } from '../connection/getHealthFix.js';
import { formatRelativeTime } from '../i18n/formatTime.js';

/** What happened, or will happen, to a connection's access. */
export type HealthEventKind = 'refresh-failed' | 'credentials-expire' | 'credentials-deleted' | 'downstream-error';

/** One line of the timeline: what, when (epoch ms) and when in words ("2 hours ago", "in 5 days"). */
export interface HealthEvent {
  kind: HealthEventKind;
  at: number;
  when: string;
}

/** A connection's health in plain language, as the timeline shows it. */
export interface HealthTimeline {
  health: HealthReading;
  /** The badge's status (the same rule), so the timeline never contradicts the card. */
  status: ConnectionStatus;
  /** Oldest first. */
  events: HealthEvent[];
  fix: HealthFix;
}

/**
 * A connection's health as a short history: the token refresh that failed, when the credentials
 * will be (or were) deleted, when the provider was last unreachable, with the status the badge
 * shows and the one action that fixes it. Pure: `now` and `locale` are given. Timestamps are read
 * as epoch milliseconds or ISO 8601 (0, missing or unreadable ones are left out); a `health` the
 * contract does not list reads as `unknown` for this connection only.
 *
 * @example getHealthTimeline(teamleader, Date.now(), 'en').events[0]?.when // '2 hours ago'
 */
export function getHealthTimeline(connection: Connection, now: number, locale: string): HealthTimeline {
  // A connection handed in by a host may still carry ISO strings; the client's reading makes them epoch ms.
  const { last_refresh_failed_at, last_downstream_error_at, credentials_expire_at } = normalizeConnection(connection);
  const events: HealthEvent[] = [];
  const add = (kind: HealthEventKind, at: number | undefined) => {
    if (at !== undefined && at > 0) events.push({ kind, at, when: formatRelativeTime(at, now, locale) });
  };
  add('refresh-failed', last_refresh_failed_at);
  add('downstream-error', last_downstream_error_at);
  const expired = credentials_expire_at !== undefined && credentials_expire_at <= now;
  add(expired ? 'credentials-deleted' : 'credentials-expire', credentials_expire_at);
  events.sort((a, b) => a.at - b.at);
  return {
    health: getConnectionHealth(connection),
    status: getConnectionStatus(connection),
    events,
    fix: getHealthFix(connection),
  };
}
