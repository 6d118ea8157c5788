import { useEffect, useRef, useState } from 'react';

/**
 * Calls `onExpire` after `duration` ms of visible time. Returns `pause`/`resume`, wired to hover
 * and focus so a person reading or reaching the toast does not lose it (WCAG 2.2.1).
 */
export function useToastTimer(duration: number, onExpire: () => void) {
  const [paused, setPaused] = useState(false);
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

  return { pause: () => setPaused(true), resume: () => setPaused(false) };
}
