import type { Connection } from '@integrations-kit/client';

/** Where an OAuth flow stands; `blocked` means the browser refused the popup (offer `redirect()`). */
export type AuthorizeStatus = 'idle' | 'pending' | 'success' | 'error' | 'blocked';

/** Why a flow went back to `idle`: the user closed the popup or called `cancel()`. */
export type AuthorizeOutcome = 'cancelled';

export interface FlowState {
  status: AuthorizeStatus;
  error: Error | null;
  outcome: AuthorizeOutcome | null;
  /** The connection the flow produced (`success` only), as the caches now hold it. */
  connection: Connection | null;
}

const flowState = (
  status: AuthorizeStatus,
  error: Error | null = null,
  outcome: AuthorizeOutcome | null = null,
  connection: Connection | null = null,
): FlowState => ({ status, error, outcome, connection });

export const IDLE: FlowState = flowState('idle');
export const PENDING: FlowState = flowState('pending');
export const BLOCKED: FlowState = flowState('blocked');
export const CANCELLED: FlowState = flowState('idle', null, 'cancelled');

/** `error` as an `Error` (a rejection may carry anything). */
export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** The flow ended with `connection` (read back from the API and written into the caches). */
export function succeeded(connection: Connection): FlowState {
  return flowState('success', null, null, connection);
}

export function failed(error: unknown): FlowState {
  return flowState('error', toError(error));
}
