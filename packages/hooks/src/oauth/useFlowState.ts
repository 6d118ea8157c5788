'use client';
import type { Connection } from '@integrations-kit/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CANCELLED, IDLE, type FlowState } from './flowState.js';

/** A flow's outcome callbacks, read at the moment of each report so the latest props apply. */
interface FlowCallbacks {
  onSuccess?: ((connection: Connection) => void) | undefined;
  onError?: ((error: Error) => void) | undefined;
}

/** A running popup flow; `dispose` stops listening (and closes the popup when asked). */
export interface FlowHandle {
  dispose(closeWindow: boolean): void;
}

interface Attempt {
  handle: FlowHandle | null;
}

/**
 * State of the latest popup attempt. Reports from an older attempt are ignored, so a second
 * click (or `cancel()`) can never be overwritten by the first attempt finishing late.
 */
export function useFlowState(callbacks: FlowCallbacks = {}) {
  const [state, setState] = useState<FlowState>(IDLE);
  const attemptRef = useRef<Attempt | null>(null);
  const callbacksRef = useRef(callbacks);
  useEffect(() => {
    callbacksRef.current = callbacks;
  });

  useEffect(() => () => attemptRef.current?.handle?.dispose(false), []);

  const begin = useCallback(() => {
    // The popup keeps its window name, so a new attempt reuses (navigates) the old window.
    attemptRef.current?.handle?.dispose(false);
    const attempt: Attempt = { handle: null };
    attemptRef.current = attempt;
    const report = (next: FlowState) => {
      if (attemptRef.current !== attempt) return;
      setState(next);
      if (next.status === 'success' && next.connection) callbacksRef.current.onSuccess?.(next.connection);
      if (next.status === 'error' && next.error) callbacksRef.current.onError?.(next.error);
    };
    return { attempt, report };
  }, []);

  const cancel = useCallback(() => {
    const attempt = attemptRef.current;
    attemptRef.current = null;
    attempt?.handle?.dispose(true);
    setState(CANCELLED);
  }, []);

  return { state, begin, cancel };
}
