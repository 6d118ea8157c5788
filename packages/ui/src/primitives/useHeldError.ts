import { useState } from 'react';

// The failure a retry must not hide, for a mutation (useHeldError) or a query (useQueryRetry).

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

/**
 * What a failed query's `RetryAlert` shows: its failure, kept while Try again reads again
 * (`retrying`), since a failed query without data goes back to pending, its error cleared.
 *
 * @example const list = useQueryRetry(query); // <RetryAlert busy={list.retrying} …>
 */
export function useQueryRetry<E>(query: {
  error: E | null;
  isPending: boolean;
  isFetching: boolean;
  errorUpdateCount: number;
}): { error: E | null; retrying: boolean } {
  const retrying = query.isPending && query.isFetching && query.errorUpdateCount > 0;
  return { error: useHeldError(query.error, retrying), retrying };
}
