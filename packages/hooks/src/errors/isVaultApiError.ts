import { isVaultError, type VaultApiError } from '@integrations-kit/client';

// `kind` rather than `instanceof` so errors from a duplicated copy of the client still count.
export function isVaultApiError(error: unknown): error is VaultApiError {
  return isVaultError(error) && error.kind === 'api';
}
