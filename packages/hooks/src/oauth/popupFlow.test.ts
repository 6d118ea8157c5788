import type { Connection } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { IDLE, flowResult, isSettled, transition, type FlowEvent, type FlowState } from './popupFlow.js';

const connection = { unified_api: 'crm', service_id: 'salesforce', state: 'callable' } as Connection;
const error = new Error('refused');

const opening: FlowState = { phase: 'opening' };
const waiting: FlowState = { phase: 'waiting', closed: false };
const lookedClosed: FlowState = { phase: 'waiting', closed: true };
const confirming = (via: 'token' | 'callback' | 'read'): FlowState => ({ phase: 'confirming', via });

const EVENTS: FlowEvent[] = [
  { type: 'start' },
  { type: 'opened' },
  { type: 'blocked' },
  { type: 'check' },
  { type: 'confirm', via: 'token' },
  { type: 'confirm', via: 'callback' },
  { type: 'confirmed', via: 'token', connection },
  { type: 'confirmed', via: 'callback', connection },
  { type: 'confirmed', via: 'read', connection },
  { type: 'unconfirmed' },
  { type: 'fail', error },
  { type: 'fail', error, via: 'token' },
  { type: 'fail', error, via: 'callback' },
  { type: 'fail', error, via: 'read' },
  { type: 'cancel' },
  { type: 'expire' },
];

// Every legal move: [from, event, to]. Anything not listed leaves the state as it was.
const LEGAL: [string, FlowState, FlowEvent, FlowState][] = [
  ['a click starts an attempt', IDLE, { type: 'start' }, opening],
  ['the popup opened', opening, { type: 'opened' }, waiting],
  ['the browser blocked the popup', opening, { type: 'blocked' }, { phase: 'blocked' }],
  ['a token grant sends its request', opening, { type: 'confirm', via: 'token' }, confirming('token')],
  ['the authorize URL is unsafe', opening, { type: 'fail', error }, { phase: 'failed', error }],
  ['cancel while opening', opening, { type: 'cancel' }, { phase: 'cancelled' }],
  ['a callback brings a confirm token', waiting, { type: 'confirm', via: 'callback' }, confirming('callback')],
  ['the popup stayed closed: read again', waiting, { type: 'check' }, confirming('read')],
  ['a callback brings an error', waiting, { type: 'fail', error }, { phase: 'failed', error }],
  ['cancel while waiting', waiting, { type: 'cancel' }, { phase: 'cancelled' }],
  [
    'a late broadcast after the popup looked closed',
    lookedClosed,
    { type: 'confirm', via: 'callback' },
    confirming('callback'),
  ],
  ['a late broadcast error', lookedClosed, { type: 'fail', error }, { phase: 'failed', error }],
  ['no late result in time', lookedClosed, { type: 'expire' }, { phase: 'cancelled' }],
  ['cancel after the popup looked closed', lookedClosed, { type: 'cancel' }, { phase: 'cancelled' }],
  [
    'the token arrived',
    confirming('token'),
    { type: 'confirmed', via: 'token', connection },
    { phase: 'done', connection },
  ],
  ['the token was refused', confirming('token'), { type: 'fail', error, via: 'token' }, { phase: 'failed', error }],
  ['cancel during the token request', confirming('token'), { type: 'cancel' }, { phase: 'cancelled' }],
  [
    'the confirm succeeded',
    confirming('callback'),
    { type: 'confirmed', via: 'callback', connection },
    { phase: 'done', connection },
  ],
  ['the confirm failed', confirming('callback'), { type: 'fail', error, via: 'callback' }, { phase: 'failed', error }],
  ['cancel during the confirm', confirming('callback'), { type: 'cancel' }, { phase: 'cancelled' }],
  [
    'the read found it authorized',
    confirming('read'),
    { type: 'confirmed', via: 'read', connection },
    { phase: 'done', connection },
  ],
  ['the read found nothing new', confirming('read'), { type: 'unconfirmed' }, lookedClosed],
  ['the read failed', confirming('read'), { type: 'fail', error, via: 'read' }, { phase: 'failed', error }],
  [
    'a late callback takes over the read',
    confirming('read'),
    { type: 'confirm', via: 'callback' },
    confirming('callback'),
  ],
  ['a late callback error ends the read', confirming('read'), { type: 'fail', error }, { phase: 'failed', error }],
  ['cancel during the read', confirming('read'), { type: 'cancel' }, { phase: 'cancelled' }],
];

const UNSETTLED: [string, FlowState][] = [
  ['idle', IDLE],
  ['opening', opening],
  ['waiting', waiting],
  ['waiting after the popup looked closed', lookedClosed],
  ['confirming a token', confirming('token')],
  ['confirming a callback', confirming('callback')],
  ['confirming by a fresh read', confirming('read')],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const TERMINAL: FlowState[] = [
  { phase: 'done', connection },
  { phase: 'failed', error },
  { phase: 'cancelled' },
  { phase: 'blocked' },
];

describe('transition', () => {
  it.each(LEGAL)('%s', (_name, from, event, to) => {
    expect(transition(from, event)).toEqual(to);
  });

  it.each(UNSETTLED)('ignores every other event in %s', (_name, from) => {
    const legal = LEGAL.filter(([, state]) => same(state, from)).map(([, , event]) => event);
    for (const event of EVENTS.filter((candidate) => !legal.some((allowed) => same(allowed, candidate)))) {
      expect(transition(from, event), JSON.stringify(event)).toBe(from);
    }
  });

  it.each(TERMINAL)('keeps $phase final whatever happens next', (settled) => {
    expect(isSettled(settled)).toBe(true);
    for (const event of EVENTS) expect(transition(settled, event)).toBe(settled);
  });

  it('walks a whole consent: open, wait, confirm, done', () => {
    const events: FlowEvent[] = [
      { type: 'start' },
      { type: 'opened' },
      { type: 'confirm', via: 'callback' },
      { type: 'confirmed', via: 'callback', connection },
    ];
    expect(events.reduce(transition, IDLE)).toEqual({ phase: 'done', connection });
  });
});

describe('flowResult', () => {
  it.each<[FlowState, ReturnType<typeof flowResult>]>([
    [IDLE, { status: 'idle', error: null, outcome: null, connection: null }],
    [opening, { status: 'pending', error: null, outcome: null, connection: null }],
    [waiting, { status: 'pending', error: null, outcome: null, connection: null }],
    [confirming('read'), { status: 'pending', error: null, outcome: null, connection: null }],
    [lookedClosed, { status: 'idle', error: null, outcome: 'cancelled', connection: null }],
    [{ phase: 'cancelled' }, { status: 'idle', error: null, outcome: 'cancelled', connection: null }],
    [
      { phase: 'done', connection },
      { status: 'success', error: null, outcome: null, connection },
    ],
    [
      { phase: 'failed', error },
      { status: 'error', error, outcome: null, connection: null },
    ],
    [{ phase: 'blocked' }, { status: 'blocked', error: null, outcome: null, connection: null }],
  ])('shows %o as %o', (state, result) => {
    expect(flowResult(state)).toEqual(result);
  });
});
