import { VaultApiError } from '@integrations-kit/client';

/**
 * The session token was refused (401) and could not be refreshed: no `getToken`, `getToken`
 * failed, or the retried request was refused again.
 *
 * It is a `VaultApiError` with status 401 so code that branches on `kind`/`status` (such as the
 * UI's error messages) treats it as an expired session without knowing this class.
 */
export class SessionExpiredError extends VaultApiError {
  /** Always `true`; lets callers tell an expired session from any other 401 without `instanceof`. */
  readonly sessionExpired = true as const;

  constructor(refused: VaultApiError, cause: unknown = refused) {
    super({ status: 401, body: refused.body });
    this.message = `Your session has expired; sign in again to continue. (${refused.message})`;
    this.cause = cause;
  }
}

/** Whether `error` reports an expired session (after any refresh was tried). */
export function isSessionExpiredError(error: unknown): error is SessionExpiredError {
  return (
    error instanceof SessionExpiredError || (error as { sessionExpired?: unknown } | null)?.sessionExpired === true
  );
}
