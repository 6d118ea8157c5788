import type { Connection } from '@integrations-kit/client';
import { OAuthError, type UseAuthorizeResult } from '@integrations-kit/hooks';
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useDialogEvents } from './useDialogEvents.js';

type Flow = Pick<UseAuthorizeResult, 'status' | 'error' | 'outcome' | 'connection'>;

const ref = { unifiedApi: 'crm', serviceId: 'salesforce' };
const target = { unifiedApi: 'crm', serviceId: 'salesforce' };
const idle: Flow = { status: 'idle', error: null, outcome: null, connection: null };
const connection: Connection = {
  id: 'crm+salesforce',
  unified_api: 'crm',
  service_id: 'salesforce',
  state: 'authorized',
};

function setup(initial: { open?: boolean; connection?: Connection; authorizeFlow?: Flow } = {}) {
  const onEvent = vi.fn();
  const hook = renderHook(
    (watched: { open: boolean; connection: Connection | undefined; authorizeFlow: Flow }) =>
      useDialogEvents(ref, watched, onEvent),
    { initialProps: { open: false, connection: undefined, authorizeFlow: idle, ...initial } },
  );
  return { ...hook, onEvent };
}

describe('useDialogEvents', () => {
  it('emits open and close as the dialog opens and closes', () => {
    const { rerender, onEvent } = setup();
    expect(onEvent).not.toHaveBeenCalled();
    rerender({ open: true, connection: undefined, authorizeFlow: idle });
    rerender({ open: false, connection: undefined, authorizeFlow: idle });
    expect(onEvent.mock.calls).toEqual([[{ type: 'open', ...target }], [{ type: 'close', ...target }]]);
  });

  it('emits connect_started then connect_succeeded with the connection', () => {
    const { rerender, onEvent } = setup({ open: true });
    onEvent.mockClear();
    const connected = { ...connection, state: 'callable' as const };
    rerender({ open: true, connection, authorizeFlow: { ...idle, status: 'pending' } });
    rerender({ open: true, connection, authorizeFlow: { ...idle, status: 'success', connection: connected } });
    expect(onEvent.mock.calls).toEqual([
      [{ type: 'connect_started', ...target }],
      [{ type: 'connect_succeeded', connection: connected, ...target }],
    ]);
  });

  it.each([
    ['denied', { status: 'error', error: new OAuthError('access_denied'), outcome: null, connection: null }],
    ['cancelled', { status: 'idle', error: null, outcome: 'cancelled', connection: null }],
    ['popup_blocked', { status: 'blocked', error: null, outcome: null, connection: null }],
  ] as const)('emits connect_failed with reason %s', (reason, flow) => {
    const { rerender, onEvent } = setup({ open: true, authorizeFlow: { ...idle, status: 'pending' } });
    onEvent.mockClear();
    rerender({ open: true, connection, authorizeFlow: flow });
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEvent).toHaveBeenCalledWith({
      type: 'connect_failed',
      reason,
      ...target,
      ...(flow.error ? { error: flow.error } : {}),
    });
  });

  it('emits consent_changed when the connection’s consent_state changes, not when it first loads', () => {
    const { rerender, onEvent } = setup({ open: true });
    onEvent.mockClear();
    rerender({ open: true, connection: { ...connection, consent_state: 'pending' }, authorizeFlow: idle });
    expect(onEvent).not.toHaveBeenCalled();
    rerender({ open: true, connection: { ...connection, consent_state: 'granted' }, authorizeFlow: idle });
    expect(onEvent).toHaveBeenCalledWith({ type: 'consent_changed', state: 'granted', ...target });
  });

  it('returns an emit that adds the integration to what only the dialog sees', () => {
    const { result, onEvent } = setup();
    result.current({ type: 'settings_saved', connection });
    result.current({ type: 'deleted', connection });
    expect(onEvent.mock.calls).toEqual([
      [{ type: 'settings_saved', connection, ...target }],
      [{ type: 'deleted', connection, ...target }],
    ]);
  });
});
