import type { ConnectionRef, ConsentRecord, ConsentState } from '@integrations-kit/client';
import type { QueryClient } from '@tanstack/react-query';
import { mergeConnection } from '../connections/mergeConnection.js';
import { updateConnection } from '../connections/writeConnection.js';
import type { VaultScope } from '../query/params.js';
import { vaultKeys } from '../query/vaultKeys.js';

/**
 * The consent state Vault moves a connection to after a decision: granting gives `granted`;
 * refusing gives `revoked` when consent had been given (`granted`, `requires_reconsent`), else `denied`.
 */
export function consentStateAfter(previous: ConsentState | undefined, granted: boolean): ConsentState {
  if (granted) return 'granted';
  return previous === 'granted' || previous === 'requires_reconsent' ? 'revoked' : 'denied';
}

/**
 * Writes a recorded decision into the caches it changes: the connection's `consent_state` and
 * `latest_consent` (and the record atop its `consents`, when present) in its detail and every list
 * holding it, and the record at the top of its consent history (when that is cached). Nothing is refetched.
 */
export function writeConsent(queryClient: QueryClient, scope: VaultScope, ref: ConnectionRef, record: ConsentRecord) {
  updateConnection(
    queryClient,
    scope,
    ref,
    (prev) =>
      prev &&
      mergeConnection(prev, {
        consent_state: consentStateAfter(prev.consent_state, record.granted),
        latest_consent: record,
        // The connection's own history must not contradict latest_consent; absent stays absent.
        ...(prev.consents && { consents: [record, ...prev.consents] }),
      }),
  );
  queryClient.setQueryData<ConsentRecord[]>(
    vaultKeys(scope).consent(ref),
    (history) => history && [record, ...history],
  );
}
