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

/**
 * The flow's state machine: idle → opening → waiting → confirming → done / failed / cancelled
 * (or blocked). Returns `state` itself for an event that does not apply.
 */
export function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (state.phase) {
    case 'idle':
      return event.type === 'start' ? { phase: 'opening' } : state;
    case 'opening':
      if (event.type === 'opened') return { phase: 'waiting', closed: false };
      if (event.type === 'blocked') return { phase: 'blocked' };
      if (event.type === 'confirm' && event.via === 'token') return { phase: 'confirming', via: 'token' };
      return fromAnyOpen(state, event);
    case 'waiting':
      if (event.type === 'confirm' && event.via === 'callback') return { phase: 'confirming', via: 'callback' };
      if (event.type === 'check' && !state.closed) return { phase: 'confirming', via: 'read' };
      if (event.type === 'expire' && state.closed) return { phase: 'cancelled' };
      return fromAnyOpen(state, event);
    case 'confirming':
      // A callback that arrives during the fresh read is the better answer: it takes over.
      if (event.type === 'confirm' && event.via === 'callback' && state.via === 'read')
        return { phase: 'confirming', via: 'callback' };
      if (event.type === 'confirmed' && event.via === state.via) return { phase: 'done', connection: event.connection };
      if (event.type === 'unconfirmed' && state.via === 'read') return { phase: 'waiting', closed: true };
      if (event.type === 'fail' && event.via === state.via) return { phase: 'failed', error: event.error };
      if (event.type === 'fail' && event.via === undefined && state.via === 'read')
        return { phase: 'failed', error: event.error };
      return event.type === 'cancel' ? { phase: 'cancelled' } : state;
    default:
      return state;
  }
}

// What any unsettled attempt before confirming accepts.
function fromAnyOpen(state: FlowState, event: FlowEvent): FlowState {
  if (event.type === 'fail' && event.via === undefined) return { phase: 'failed', error: event.error };
  return event.type === 'cancel' ? { phase: 'cancelled' } : state;
}

/** How a hook shows an attempt. */
export interface FlowResult {
  status: AuthorizeStatus;
  error: Error | null;
  outcome: AuthorizeOutcome | null;
  /** The connection the flow produced (`success` only), as the caches now hold it. */
  connection: Connection | null;
}

/** The attempt as `useAuthorize` and `useRevoke` return it. */
export function flowResult(state: FlowState): FlowResult {
  const result: FlowResult = { status: 'pending', error: null, outcome: null, connection: null };
  switch (state.phase) {
    case 'idle':
      return { ...result, status: 'idle' };
    case 'waiting':
      return state.closed ? { ...result, status: 'idle', outcome: 'cancelled' } : result;
    case 'done':
      return { ...result, status: 'success', connection: state.connection };
    case 'failed':
      return { ...result, status: 'error', error: state.error };
    case 'cancelled':
      return { ...result, status: 'idle', outcome: 'cancelled' };
    case 'blocked':
      return { ...result, status: 'blocked' };
    default:
      return result;
  }
}
