'use client';
import type { ConnectionRef, ConsentRecord } from '@integrations-kit/client';
import type { VaultQueryHookOptions } from '../query/hookOptions.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { consentQueryOptions } from './consentQueryOptions.js';

/**
 * A connection's consent history, newest first: who decided is the session's consumer, `created_at`
 * is epoch milliseconds, `resources` is what the decision covered (`'*'`: all data). The app's
 * Data Scopes and the current `consent_state` are on the connection (`useConnection`).
 *
 * @example const { data: history = [] } = useConsent({ unifiedApi: 'crm', serviceId: 'pipedrive' }, { enabled: open });
 */
export function useConsent<TData = ConsentRecord[]>(
  ref: ConnectionRef,
  options: VaultQueryHookOptions<ConsentRecord[], TData> = {},
) {
  return useVaultQuery((client) => consentQueryOptions(client, ref), options);
}
