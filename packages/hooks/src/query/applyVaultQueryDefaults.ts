import type { QueryClient } from '@tanstack/react-query';
import { shouldRetryVaultQuery } from './shouldRetryVaultQuery.js';
import { vaultRetryDelay } from './vaultRetryDelay.js';

const configured = new WeakSet<QueryClient>();

/**
 * Registers the kit's retry rule for every `['vault', …]` query on `queryClient`, except where
 * the host's own `defaultOptions.queries` already chose `retry` / `retryDelay` (their choice wins).
 * Idempotent, so the provider can call it while rendering: queries start in child effects, which
 * run before the provider's own effects.
 */
export function applyVaultQueryDefaults(queryClient: QueryClient): void {
  if (configured.has(queryClient)) return;
  configured.add(queryClient);
  const host = queryClient.getDefaultOptions().queries ?? {};
  queryClient.setQueryDefaults(['vault'], {
    ...(host.retry === undefined ? { retry: shouldRetryVaultQuery } : {}),
    ...(host.retryDelay === undefined ? { retryDelay: vaultRetryDelay } : {}),
  });
}
