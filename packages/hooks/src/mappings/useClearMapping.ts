'use client';
import type { MappingRef } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { writeClearedMapping } from './mappingsCache.js';

/**
 * Clears a target's mapping (`DELETE`). On success the target stays in the cached mapping list and
 * in the connection's `custom_mappings`, unmapped (`value: null`); a failure changes no cache.
 *
 * @example useClearMapping().mutate({ unifiedApi: 'hris', serviceId: 'bamboohr', targetFieldId: 'hris+employees+first_aid_training' })
 */
export function useClearMapping(options?: VaultMutationHookOptions<void, MappingRef>) {
  return useVaultMutation(
    'clear-mapping',
    (client, queryClient) => ({
      mutationFn: ({ unifiedApi, serviceId, targetFieldId }: MappingRef) =>
        client.mappings.delete({ unifiedApi, serviceId, targetFieldId }),
      onSuccess: (_: void, ref: MappingRef) => writeClearedMapping(queryClient, client, ref),
    }),
    options,
  );
}
