import { useHeldError } from './useHeldError.js';

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
