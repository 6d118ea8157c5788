import { isVaultError } from '@integrations-kit/client';
import { isVaultApiError } from '../errors/isVaultApiError.js';
import { isSessionExpiredError } from '../errors/SessionExpiredError.js';

/** Reads are retried at most this many times. */
export const MAX_QUERY_RETRIES = 3;
/** A `Retry-After` longer than this is not worth waiting for in a UI: the error shows instead. */
export const MAX_RETRY_AFTER_SECONDS = 60;

/**
 * The kit's retry rule for reads: retry (up to 3 times) only what can get better by waiting,
 * i.e. a 429, a 5xx or a network failure; never another 4xx, an expired session or a malformed
 * answer. Mutations are never retried.
 *
 * @example new QueryClient({ defaultOptions: { queries: { retry: shouldRetryVaultQuery } } })
 */
export function shouldRetryVaultQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES) return false;
  if (isSessionExpiredError(error)) return false;
  if (isVaultApiError(error)) {
    if (error.status === 429) return (error.retryAfter ?? 0) <= MAX_RETRY_AFTER_SECONDS;
    return error.status >= 500;
  }
  return isVaultError(error) && error.kind === 'network';
}
