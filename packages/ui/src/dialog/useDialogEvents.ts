import type { Connection, ConnectionRef } from '@integrations-kit/client';
import type { UseAuthorizeResult } from '@integrations-kit/hooks';
import { useCallback, useEffect, useRef } from 'react';
import {
  connectFailureReason,
  type IntegrationEvent,
  type IntegrationEventTarget,
} from '../events/IntegrationEvent.js';
import { useStableCallback } from '../lib/useStableCallback.js';

// Each event without its target, which the hook adds (Omit over each member of the union).
type WithoutTarget<E> = E extends IntegrationEvent ? Omit<E, keyof IntegrationEventTarget> : never;
type Emitted = WithoutTarget<IntegrationEvent>;

interface Watched {
  open: boolean;
  /** The connection as last read (undefined while it loads). */
  connection: Connection | undefined;
  authorizeFlow: Pick<UseAuthorizeResult, 'status' | 'error' | 'outcome' | 'connection'>;
}

/**
 * The one place the dialog's `onEvent` stream comes from: open and close follow `open`, the
 * connect events follow the authorize flow's status, `consent_changed` follows the connection's
 * `consent_state` in the cache (whoever changed it), and the returned `emit` reports what only the
 * dialog's own handlers see (a settings save, a delete).
 */
export function useDialogEvents(
  ref: ConnectionRef,
  watched: Watched,
  onEvent: ((event: IntegrationEvent) => void) | undefined,
) {
  const callback = useStableCallback(onEvent);
  const { serviceId, unifiedApi } = ref;
  const emit = useCallback(
    (event: Emitted) => callback({ ...event, serviceId, unifiedApi } as IntegrationEvent),
    [callback, serviceId, unifiedApi],
  );

  const wasOpen = useRef(false);
  const { open } = watched;
  useEffect(() => {
    if (open === wasOpen.current) return;
    wasOpen.current = open;
    emit({ type: open ? 'open' : 'close' });
  }, [open, emit]);

  const { status, error, outcome, connection: connected } = watched.authorizeFlow;
  const lastStatus = useRef(status);
  useEffect(() => {
    const previous = lastStatus.current;
    lastStatus.current = status;
    if (previous === status) return;
    if (status === 'pending') return emit({ type: 'connect_started' });
    if (status === 'success' && connected) return emit({ type: 'connect_succeeded', connection: connected });
    const reason =
      previous === 'pending' || status !== 'idle' ? connectFailureReason({ status, error, outcome }) : undefined;
    if (reason) emit({ type: 'connect_failed', reason, ...(error ? { error } : {}) });
  }, [status, error, outcome, connected, emit]);

  const consentState = watched.connection?.consent_state;
  const lastConsent = useRef(consentState);
  useEffect(() => {
    const previous = lastConsent.current;
    lastConsent.current = consentState;
    if (previous !== undefined && consentState !== undefined && previous !== consentState) {
      emit({ type: 'consent_changed', state: consentState });
    }
  }, [consentState, emit]);

  return emit;
}
