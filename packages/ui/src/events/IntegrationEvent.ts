import type { Connection, ConsentState } from '@integrations-kit/client';
import type { AuthorizeOutcome, AuthorizeStatus } from '@integrations-kit/hooks';

/** A part of the connection dialog a deep link can open on. */
export type IntegrationView = 'settings' | 'resources' | 'consent' | 'health';

/**
 * Why a connect attempt ended without a connection: the person closed the popup (`cancelled`), the
 * browser refused it (`popup_blocked`), they declined at the provider (`denied`, OAuth
 * `access_denied`), the result did not belong to this attempt (`state_mismatch`), the session
 * refresh it waited on timed out (`timeout`), or anything else (`error`, with the error).
 */
export type ConnectFailureReason = 'cancelled' | 'popup_blocked' | 'denied' | 'state_mismatch' | 'timeout' | 'error';

/** The integration an event is about. */
export interface IntegrationEventTarget {
  serviceId: string;
  unifiedApi: string;
}

/**
 * What happened on the page, in the spirit of Plaid Link's `onEvent`: one typed stream next to the
 * `onConnectionChange` / `onConnectionDelete` callbacks, for analytics and host navigation.
 */
export type IntegrationEvent = IntegrationEventTarget &
  (
    | { type: 'open' }
    | { type: 'close' }
    | { type: 'connect_started' }
    | { type: 'connect_succeeded'; connection: Connection }
    | { type: 'connect_failed'; reason: ConnectFailureReason; error?: Error }
    | { type: 'settings_saved'; connection: Connection }
    | { type: 'consent_changed'; state: ConsentState }
    | { type: 'deleted'; connection: Connection }
  );

/** What an authorize flow reports (`useAuthorize`'s result). */
interface FlowResult {
  status: AuthorizeStatus;
  error: Error | null;
  outcome: AuthorizeOutcome | null;
}

// The hooks' OAuth error codes (OAuthError.code) that have a reason of their own.
const oauthReasons: Readonly<Record<string, ConnectFailureReason>> = {
  access_denied: 'denied',
  state_mismatch: 'state_mismatch',
};

/** Why a finished authorize flow failed, or `undefined` while it has not failed. */
export function connectFailureReason(flow: FlowResult): ConnectFailureReason | undefined {
  if (flow.status === 'blocked') return 'popup_blocked';
  if (flow.status === 'idle' && flow.outcome === 'cancelled') return 'cancelled';
  if (flow.status !== 'error') return undefined;
  const { error } = flow;
  if (error?.name === 'SessionRefreshTimeoutError' || error?.name === 'TimeoutError') return 'timeout';
  const code = error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return (code && Object.hasOwn(oauthReasons, code) && oauthReasons[code]) || 'error';
}
