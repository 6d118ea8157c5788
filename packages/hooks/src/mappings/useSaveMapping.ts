'use client';
import type { CustomMapping, MappingRef } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { isVaultApiError } from '../errors/isVaultApiError.js';
import { isMappedInCache, writeSavedMapping } from './mappingsCache.js';

/** Variables of `useSaveMapping`: the target and the JSONPath it should read, e.g. `$.root.training.first_aid`. */
export interface SaveMappingVariables extends MappingRef {
  value: string;
}

/**
 * Maps a target onto a JSONPath of the downstream record and resolves with the saved mapping. A
 * target the cache shows mapped (the mapping list, else the connection's `custom_mappings`) is
 * updated (`PATCH`), any other created (`POST`); a create refused as a conflict (409/422, mapped
 * meanwhile elsewhere) is sent once more as an update. On success the mapping goes into the
 * connection's mapping list and into the connection's `custom_mappings` in its detail and every
 * list; a failure changes no cache. Your
 * `onSuccess`/`onError` run after those writes.
 *
 * @example
 * useSaveMapping({ onSuccess: (mapping) => toast(mapping.label) }).mutate({ unifiedApi: 'hris', serviceId: 'bamboohr',
 *   targetFieldId: 'hris+employees+first_aid_training', value: '$.root.training.first_aid' })
 */
export function useSaveMapping(options?: VaultMutationHookOptions<CustomMapping, SaveMappingVariables>) {
  return useVaultMutation(
    'save-mapping',
    (client, queryClient) => ({
      mutationFn: async ({ unifiedApi, serviceId, targetFieldId, value }: SaveMappingVariables) => {
        const ref = { unifiedApi, serviceId, targetFieldId, value };
        if (isMappedInCache(queryClient, client, ref)) return client.mappings.update(ref);
        try {
          return await client.mappings.create(ref);
        } catch (error) {
          // The cache was out of date: another tab or user mapped the target since it was read.
          if (isVaultApiError(error) && (error.status === 409 || error.status === 422))
            return client.mappings.update(ref);
          throw error;
        }
      },
      onSuccess: (saved: CustomMapping, variables: SaveMappingVariables) =>
        writeSavedMapping(queryClient, client, variables, saved),
    }),
    options,
  );
}
