import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function whose identity never changes but which always calls the latest `callback`, so a
 * host's inline `onSelect={…}` does not re-render a thousand memoised cards on every render.
 */
export function useStableCallback<Args extends unknown[], Result>(
  callback: ((...args: Args) => Result) | undefined,
): (...args: Args) => Result | undefined {
  const latest = useRef(callback);
  useInsertionEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current?.(...args), []);
}
