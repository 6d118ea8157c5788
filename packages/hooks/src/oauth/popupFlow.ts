import type { Connection } from '@integrations-kit/client';

/** Where an OAuth flow stands; `blocked` means the browser refused the popup (offer `redirect()`). */
export type AuthorizeStatus = 'idle' | 'pending' | 'success' | 'error' | 'blocked';

/** Why a flow went back to `idle`: the user closed the popup or called `cancel()`. */
export type AuthorizeOutcome = 'cancelled';

/**
 * What is being confirmed with the server: a token grant's request, a callback result (a confirm
 * token, or a revoke's "done"), or a fresh read after the popup closed without one.
 */
export type ConfirmVia = 'token' | 'callback' | 'read';

/**
 * One attempt of an OAuth flow. `waiting` with `closed` is a popup that looks closed with no result
 * (the user closed it, or COOP severed it while the user still decides): shown as cancelled, but a
 * broadcast result may still arrive until `expire`. `blocked` ends an attempt whose popup the
 * browser refused.
 */
export type FlowState =
  | { phase: 'idle' }
  | { phase: 'opening' }
  | { phase: 'waiting'; closed: boolean }
  | { phase: 'confirming'; via: ConfirmVia }
  | { phase: 'done'; connection: Connection }
  | { phase: 'failed'; error: Error }
  | { phase: 'cancelled' }
  | { phase: 'blocked' };

/** What happened to an attempt; events that do not fit its state are ignored. */
export type FlowEvent =
  | { type: 'start' }
  | { type: 'opened' }
  | { type: 'blocked' }
  /** The popup stayed closed past the grace period with no result: read the connection again. */
  | { type: 'check' }
  | { type: 'confirm'; via: 'token' | 'callback' }
  | { type: 'confirmed'; via: ConfirmVia; connection: Connection }
  /** The fresh read found no new authorization. */
  | { type: 'unconfirmed' }
  /** Without `via`: the attempt failed where it stands (an unsafe URL, a callback with an error). */
  | { type: 'fail'; error: Error; via?: ConfirmVia }
  | { type: 'cancel' }
  /** The time a popup that looked closed may still answer is over. */
  | { type: 'expire' };

export const IDLE: FlowState = { phase: 'idle' };

/** Whether the attempt is over: nothing moves it any more. */
export function isSettled(state: FlowState): boolean {
  return state.phase === 'done' || state.phase === 'failed' || state.phase === 'cancelled' || state.phase === 'blocked';
}

const confirming = (via: ConfirmVia): FlowState => ({ phase: 'confirming', via });

/**
 * The flow's state machine: idle → opening → waiting → confirming → done / failed / cancelled
 * (or blocked). Returns `state` itself for an event that does not apply.
 */
export function transition(state: FlowState, event: FlowEvent): FlowState {
  const { phase } = state;
  const waiting = phase === 'waiting';
  const reading = phase === 'confirming' && state.via === 'read';
  switch (event.type) {
    case 'start':
      return phase === 'idle' ? { phase: 'opening' } : state;
    case 'opened':
      return phase === 'opening' ? { phase: 'waiting', closed: false } : state;
    case 'blocked':
      return phase === 'opening' ? { phase: 'blocked' } : state;
    case 'check':
      return waiting && !state.closed ? confirming('read') : state;
    case 'confirm':
      if (event.via === 'token') return phase === 'opening' ? confirming('token') : state;
      // A callback that arrives during the fresh read is the better answer: it takes over.
      return waiting || reading ? confirming('callback') : state;
    case 'confirmed':
      return phase === 'confirming' && state.via === event.via
        ? { phase: 'done', connection: event.connection }
        : state;
    case 'unconfirmed':
      return reading ? { phase: 'waiting', closed: true } : state;
    case 'fail': {
      // With `via`: that confirmation failed. Without: the attempt failed where it stands, which a
      // callback can still change only before it or a token is being confirmed.
      const applies = event.via
        ? phase === 'confirming' && state.via === event.via
        : phase === 'opening' || waiting || reading;
      return applies ? { phase: 'failed', error: event.error } : state;
    }
    case 'cancel':
      return phase === 'opening' || waiting || phase === 'confirming' ? { phase: 'cancelled' } : state;
    case 'expire':
      return waiting && state.closed ? { phase: 'cancelled' } : state;
  }
}

/** How a hook shows an attempt. */
export interface FlowResult {
  status: AuthorizeStatus;
  error: Error | null;
  outcome: AuthorizeOutcome | null;
  /** The connection the flow produced (`success` only), as the caches now hold it. */
  connection: Connection | null;
}

const STATUS: Record<FlowState['phase'], AuthorizeStatus> = {
  idle: 'idle',
  opening: 'pending',
  waiting: 'pending',
  confirming: 'pending',
  done: 'success',
  failed: 'error',
  cancelled: 'idle',
  blocked: 'blocked',
};

/** The attempt as `useAuthorize` and `useRevoke` return it; a popup that looks closed shows as cancelled. */
export function flowResult(state: FlowState): FlowResult {
  const cancelled = state.phase === 'cancelled' || (state.phase === 'waiting' && state.closed);
  return {
    status: cancelled ? 'idle' : STATUS[state.phase],
    error: state.phase === 'failed' ? state.error : null,
    outcome: cancelled ? 'cancelled' : null,
    connection: state.phase === 'done' ? state.connection : null,
  };
}
