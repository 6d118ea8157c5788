import type { Connection } from '@integrations-kit/client';
import { getAuthorizeBlocker, type AuthorizeBlocker } from './getAuthorizeBlocker.js';
import { getAuthorizeMode, type AuthorizeMode } from './getAuthorizeMode.js';
import { getConnectionStatus, type ConnectionStatus } from './getConnectionStatus.js';

/** One connection's readiness, computed once from the connection and read by every part. */
export interface ConnectionReadiness {
  /** The one status a person sees (the card's and the dialog's badge). */
  status: ConnectionStatus;
  /** Signed in with access that works: `authorized` or `callable`. */
  authorized: boolean;
  /** Holds a grant the provider can revoke: `authorized`, `callable`, or `invalid` credentials. */
  hasGrant: boolean;
  /** How the authorize control offers itself: first sign-in, settings left, or a new sign-in. */
  authorizeMode: AuthorizeMode;
  /** Why authorize cannot start yet (application not configured, settings it needs), or `null`. */
  authorizeBlocker: AuthorizeBlocker;
}

const AUTHORIZED = new Set<unknown>(['authorized', 'callable']);
const WITH_GRANT = new Set<unknown>(['authorized', 'callable', 'invalid']);

/**
 * The readiness of a connection: the status, whether it is signed in, how Authorize is offered and
 * what blocks it. The card, the dialog's menu, the authorize control and the settings form all
 * read it, so they never disagree. Settings still missing (with the form's unsaved values) come from
 * `getMissingAuthorizationSettings`, which follows the same `isSettingFilled` rule.
 *
 * @example getConnectionReadiness(hubspot).authorizeMode // { kind: 'finish-settings', labels: ['Default owner'] }
 */
export function getConnectionReadiness(connection: Connection): ConnectionReadiness {
  return {
    status: getConnectionStatus(connection),
    authorized: AUTHORIZED.has(connection.state),
    hasGrant: WITH_GRANT.has(connection.state),
    authorizeMode: getAuthorizeMode(connection),
    authorizeBlocker: getAuthorizeBlocker(connection),
  };
}
