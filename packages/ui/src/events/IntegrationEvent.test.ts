import { OAuthError, SessionRefreshTimeoutError } from '@integrations-kit/hooks';
import { describe, expect, it } from 'vitest';
import { connectFailureReason } from './IntegrationEvent.js';

describe('connectFailureReason', () => {
  it.each([
    ['a blocked popup', { status: 'blocked', error: null, outcome: null }, 'popup_blocked'],
    ['a closed popup', { status: 'idle', error: null, outcome: 'cancelled' }, 'cancelled'],
    ['a declined consent', { status: 'error', error: new OAuthError('access_denied'), outcome: null }, 'denied'],
    ['a foreign result', { status: 'error', error: new OAuthError('state_mismatch'), outcome: null }, 'state_mismatch'],
    [
      'a slow session refresh',
      { status: 'error', error: new SessionRefreshTimeoutError(15_000), outcome: null },
      'timeout',
    ],
    ['a provider error', { status: 'error', error: new OAuthError('server_error'), outcome: null }, 'error'],
    ['any other error', { status: 'error', error: new Error('boom'), outcome: null }, 'error'],
  ] as const)('names %s', (_, flow, reason) => {
    expect(connectFailureReason(flow)).toBe(reason);
  });

  it.each(['idle', 'pending', 'success'] as const)('has no reason while the flow is %s', (status) => {
    expect(connectFailureReason({ status, error: null, outcome: null })).toBeUndefined();
  });
});
