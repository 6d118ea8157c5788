import { useSyncExternalStore } from 'react';

/** How often relative times ("2 minutes ago") are told again: their finest unit worth rewording. */
export const NOW_TICK_MS = 60_000;

// One clock for every relative time on the page: one timer however many lists show, read by a
// render (never `Date.now()` in render, which would reword text on any re-render), advanced each tick.
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, NOW_TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearInterval(timer);
  };
}

function getSnapshot(): number {
  // Nobody watched the clock for a while (no relative time on screen): start from the real time.
  if (listeners.size === 0 && Math.abs(Date.now() - now) >= NOW_TICK_MS) now = Date.now();
  return now;
}

/**
 * The time relative times are told from (epoch ms): the same for every component in a render,
 * and a minute later again, so "just now" becomes "2 minutes ago" while a dialog stays open.
 *
 * @example formatRelativeTime(record.created_at, useNow(), locale)
 */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
