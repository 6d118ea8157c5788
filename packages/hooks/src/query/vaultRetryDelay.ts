import { isVaultApiError } from '../errors/isVaultApiError.js';

/**
 * Delay before retrying a read: the server's `Retry-After` when it sent one, otherwise
 * exponential backoff (1 s, 2 s, 4 s … up to 30 s) like TanStack Query's default.
 */
export function vaultRetryDelay(failureCount: number, error: unknown): number {
  const retryAfter = isVaultApiError(error) ? error.retryAfter : undefined;
  if (retryAfter !== undefined) return retryAfter * 1000;
  return Math.min(1000 * 2 ** failureCount, 30_000);
}
