'use client';
import type { ConnectionRef, ConsentRecord, UpdateConsentRequest } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { writeConsent } from './consentCache.js';

/** Variables of `useUpdateConsent`: the connection and the decision (`{ granted, resources }`). */
export interface UpdateConsentVariables extends ConnectionRef {
  consent: UpdateConsentRequest;
}

/**
 * Grants, denies or revokes a connection's data-scope consent (`PATCH …/consent`) and resolves
 * with the recorded decision. On success the connection's `consent_state` changes in its detail and
 * in every list, and the record joins the cached history; a failure changes no cache. Your
 * `onSuccess`/`onError` run after those writes.
 *
 * @example
 * useUpdateConsent({ onSuccess: (record) => track(record.granted) }).mutate({ unifiedApi: 'crm', serviceId: 'pipedrive',
 *   consent: { granted: true, resources: connection.application_data_scopes?.resources ?? '*' } })
 */
export function useUpdateConsent(options?: VaultMutationHookOptions<ConsentRecord, UpdateConsentVariables>) {
  return useVaultMutation(
    'update-consent',
    (client, queryClient) => ({
      mutationFn: ({ consent, ...ref }: UpdateConsentVariables) =>
        client.consent.update({ unifiedApi: ref.unifiedApi, serviceId: ref.serviceId, consent }),
      onSuccess: (record: ConsentRecord, variables: UpdateConsentVariables) =>
        writeConsent(queryClient, client, variables, record),
    }),
    options,
  );
}
