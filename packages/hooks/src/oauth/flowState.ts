/** Where an OAuth flow stands; `blocked` means the browser refused the popup (offer `redirect()`). */
export type AuthorizeStatus = 'idle' | 'pending' | 'success' | 'error' | 'blocked';

/** Why a flow went back to `idle`: the user closed the popup or called `cancel()`. */
export type AuthorizeOutcome = 'cancelled';

export interface FlowState {
  status: AuthorizeStatus;
  error: Error | null;
  outcome: AuthorizeOutcome | null;
}

export const IDLE: FlowState = { status: 'idle', error: null, outcome: null };
export const PENDING: FlowState = { status: 'pending', error: null, outcome: null };
export const SUCCESS: FlowState = { status: 'success', error: null, outcome: null };
export const BLOCKED: FlowState = { status: 'blocked', error: null, outcome: null };
export const CANCELLED: FlowState = { status: 'idle', error: null, outcome: 'cancelled' };

export function failed(error: unknown): FlowState {
  return { status: 'error', error: error instanceof Error ? error : new Error(String(error)), outcome: null };
}
