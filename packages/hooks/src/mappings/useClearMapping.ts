'use client';
import type { MappingRef } from '@integrations-kit/client';
import { isVaultApiError } from '../errors/isVaultApiError.js';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { writeClearedMapping } from './mappingsCache.js';

/**
 * Clears a target's mapping (`DELETE`). A 404 counts as cleared: the mapping is already gone
 * (cleared elsewhere since the cache read it), which is what was asked. On success the target stays
 * in the cached mapping list and in the connection's `custom_mappings`, unmapped (`value: null`); a
 * failure changes no cache.
 *
 * @example useClearMapping().mutate({ unifiedApi: 'hris', serviceId: 'bamboohr', targetFieldId: 'hris+employees+first_aid_training' })
 */
export function useClearMapping(options?: VaultMutationHookOptions<void, MappingRef>) {
  return useVaultMutation(
    'clear-mapping',
    (client, queryClient) => ({
      mutationFn: async ({ unifiedApi, serviceId, targetFieldId }: MappingRef) => {
        try {
          await client.mappings.delete({ unifiedApi, serviceId, targetFieldId });
        } catch (error) {
          if (!isVaultApiError(error) || error.status !== 404) throw error;
        }
      },
      onSuccess: (_: void, ref: MappingRef) => writeClearedMapping(queryClient, client, ref),
    }),
    options,
  );
}
