import type { VaultError } from './VaultError.js';

const KINDS: ReadonlySet<unknown> = new Set(['api', 'network', 'response', 'unsafe-url']);

/**
 * Whether `error` is one of the client's errors.
 *
 * Checks `kind` rather than `instanceof`, so that errors from a second copy of the package
 * (a duplicated dependency) are recognised too.
 */
export function isVaultError(error: unknown): error is VaultError {
  return error instanceof Error && KINDS.has((error as { kind?: unknown }).kind);
}
