import { useEffect, useRef } from 'react';

/**
 * Calls `onExpire` after `duration` ms of time not `paused`. The `Toaster` pauses every toast at
 * once while the pointer or focus is in its region, so a person reading or reaching one toast does
 * not lose the others (WCAG 2.2.1).
 */
export function useToastTimer(duration: number, onExpire: () => void, paused: boolean) {
  const remaining = useRef(duration);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });

  useEffect(() => {
    if (paused || !Number.isFinite(remaining.current)) return;
    const startedAt = Date.now();
    const timer = setTimeout(() => expire.current(), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - startedAt;
    };
  }, [paused]);
}
