'use client';
import type { ConnectionRef, ConsentRecord, UpdateConsentRequest } from '@integrations-kit/client';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { writeConsent } from './consentCache.js';

/** Variables of `useUpdateConsent`: the connection and the decision (`{ granted, resources }`). */
export interface UpdateConsentVariables extends ConnectionRef {
  consent: UpdateConsentRequest;
}

/** Options of `useUpdateConsent`; both callbacks run after the hook's own cache writes. */
export interface UseUpdateConsentOptions {
  onSuccess?: (record: ConsentRecord, variables: UpdateConsentVariables) => void;
  onError?: (error: Error, variables: UpdateConsentVariables) => void;
}

/**
 * Grants, denies or revokes a connection's data-scope consent (`PATCH …/consent`) and resolves
 * with the recorded decision. On success the connection's `consent_state` changes in its detail and
 * in every list, and the record joins the cached history; a failure changes no cache.
 *
 * @example
 * const { application_data_scopes } = connection;
 * useUpdateConsent().mutate({ unifiedApi: 'crm', serviceId: 'pipedrive',
 *   consent: { granted: true, resources: application_data_scopes?.resources ?? '*' } })
 */
export function useUpdateConsent(options: UseUpdateConsentOptions = {}) {
  return useVaultMutation('update-consent', (client, queryClient) => ({
    mutationFn: ({ consent, ...ref }: UpdateConsentVariables) =>
      client.consent.update({ unifiedApi: ref.unifiedApi, serviceId: ref.serviceId, consent }),
    onSuccess: (record: ConsentRecord, variables: UpdateConsentVariables) => {
      writeConsent(queryClient, client, variables, record);
      options.onSuccess?.(record, variables);
    },
    onError: (error: Error, variables: UpdateConsentVariables) => options.onError?.(error, variables),
  }));
}
