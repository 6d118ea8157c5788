import type { AuthorizeStatus } from '@integrations-kit/hooks';
import { useEffect, useRef } from 'react';
import { useStableCallback } from '../lib/useStableCallback.js';

/**
 * Calls `onSuccess` once each time a popup flow's status turns to `success`. Used by the owner of
 * the flow (not its view), so the outcome is announced even when the view closed mid-flow.
 */
export function useFlowSuccess(status: AuthorizeStatus, onSuccess: () => void): void {
  const seen = useRef(status);
  const callback = useStableCallback(onSuccess);
  useEffect(() => {
    if (seen.current === status) return;
    seen.current = status;
    if (status === 'success') callback();
  }, [status, callback]);
}
