/**
 * `getToken` did not settle in time, so a refused (401) request could not be retried. Not known to
 * be an expired session (the host's sign-in may just be slow), so `onSessionExpired` does not run
 * and trying again can help.
 */
export class SessionRefreshTimeoutError extends Error {
  /** Lets callers recognise it without `instanceof` (two copies of the package in one bundle). */
  readonly kind = 'session-timeout' as const;
  override readonly name = 'SessionRefreshTimeoutError';
  /** How long `getToken` had, in milliseconds. */
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`getToken did not settle within ${timeoutMs / 1000} s, so the session could not be refreshed; try again.`);
    this.timeoutMs = timeoutMs;
  }
}

/** Whether `error` reports a `getToken` that did not settle in time. */
export function isSessionRefreshTimeoutError(error: unknown): error is SessionRefreshTimeoutError {
  return (error as { kind?: unknown } | null)?.kind === 'session-timeout';
}
