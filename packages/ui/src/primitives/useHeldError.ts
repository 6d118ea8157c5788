import { useState } from 'react';

/**
 * `error`, or while `running` (its Try again) the last error seen: TanStack Query clears a query's
 * or mutation's error when it runs again, and the failure must stay on screen, with its focused
 * Try again, until the retry is over. Once nothing runs and no error is left, it lets go.
 *
 * @example const failed = useHeldError(save.error, save.isPending);
 */
export function useHeldError<E>(error: E | null, running: boolean): E | null {
  const [held, setHeld] = useState<E | null>(null);
  if (error !== null && error !== held) setHeld(error);
  if (error === null && !running && held !== null) setHeld(null);
  return error ?? (running ? held : null);
}
