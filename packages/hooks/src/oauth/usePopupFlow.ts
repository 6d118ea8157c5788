'use client';
import type { Connection } from '@integrations-kit/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPopupFlow, type PopupFlow } from './createPopupFlow.js';
import { IDLE, flowResult, type FlowState } from './popupFlow.js';

/** A flow's outcome callbacks, read at the moment of each change so the latest props apply. */
interface FlowCallbacks {
  onSuccess?: ((connection: Connection) => void) | undefined;
  onError?: ((error: Error) => void) | undefined;
}

/**
 * The latest attempt of an OAuth flow and its result. `start()` begins a new attempt (the previous
 * one stops listening and is no longer heard, so a second click or `cancel()` is never overwritten
 * by the first attempt finishing late); unmounting stops listening.
 */
export function usePopupFlow(callbacks: FlowCallbacks = {}) {
  const [state, setState] = useState<FlowState>(IDLE);
  const currentRef = useRef<PopupFlow | null>(null);
  const callbacksRef = useRef(callbacks);
  useEffect(() => {
    callbacksRef.current = callbacks;
  });

  useEffect(() => () => currentRef.current?.dispose(), []);

  const start = useCallback(() => {
    currentRef.current?.dispose();
    const flow = createPopupFlow((next) => {
      if (currentRef.current !== flow) return;
      setState(next);
      if (next.phase === 'done') callbacksRef.current.onSuccess?.(next.connection);
      if (next.phase === 'failed') callbacksRef.current.onError?.(next.error);
    });
    currentRef.current = flow;
    flow.send({ type: 'start' });
    return flow;
  }, []);

  const cancel = useCallback(() => currentRef.current?.send({ type: 'cancel' }), []);

  return { result: flowResult(state), start, cancel };
}
