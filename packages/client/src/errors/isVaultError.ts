import { VaultError } from './VaultError.js';

const KINDS: ReadonlySet<unknown> = new Set(['api', 'network', 'response', 'unsafe-url']);

/**
 * Whether `error` is one of the client's errors.
 *
 * Checks `kind` as well as `instanceof` so that errors from a second copy of the package
 * (a duplicated dependency) are still recognised.
 */
export function isVaultError(error: unknown): error is VaultError {
  if (error instanceof VaultError) return true;
  return error instanceof Error && KINDS.has((error as { kind?: unknown }).kind);
}
