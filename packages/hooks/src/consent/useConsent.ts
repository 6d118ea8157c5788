'use client';
import type { ConnectionRef } from '@integrations-kit/client';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { consentQueryOptions } from './consentQueryOptions.js';

/** Options of `useConsent`. */
export interface UseConsentOptions {
  /** `false` holds the request (e.g. until the consent view opens). Defaults to `true`. */
  enabled?: boolean;
}

/**
 * A connection's consent history, newest first: who decided is the session's consumer, `created_at`
 * is epoch milliseconds, `resources` is what the decision covered (`'*'`: all data). The app's
 * Data Scopes and the current `consent_state` are on the connection (`useConnection`).
 *
 * @example const { data: history = [] } = useConsent({ unifiedApi: 'crm', serviceId: 'pipedrive' });
 */
export function useConsent(ref: ConnectionRef, options: UseConsentOptions = {}) {
  return useVaultQuery((client) => consentQueryOptions(client, ref), { enabled: options.enabled ?? true });
}
