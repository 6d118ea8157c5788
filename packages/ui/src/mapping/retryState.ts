import { useState } from 'react';

/**
 * `error`, or while `running` (its Try again) the last error seen: TanStack Query clears a query's
 * or mutation's error when it runs again, and the failure must stay on screen, with its focused
 * Try again, until the retry is over.
 */
export function useHeldError<E>(error: E | null, running: boolean): E | null {
  const [held, setHeld] = useState<E | null>(null);
  if (error !== null && error !== held) setHeld(error);
  if (error === null && !running && held !== null) setHeld(null);
  return error ?? (running ? held : null);
}

/** What a failed query's RetryAlert shows: its failure, kept while Try again reads again. */
export function useQueryRetry<E>(query: {
  error: E | null;
  isPending: boolean;
  isFetching: boolean;
  errorUpdateCount: number;
}): { error: E | null; retrying: boolean } {
  // A failed query without data goes back to pending when read again.
  const retrying = query.isPending && query.isFetching && query.errorUpdateCount > 0;
  return { error: useHeldError(query.error, retrying), retrying };
}
