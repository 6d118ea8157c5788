'use client';
import type { CustomMapping, MappingRef } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { findCachedMapping, writeSavedMapping } from './mappingsCache.js';

/** Variables of `useSaveMapping`: the target and the JSONPath it should read, e.g. `$.root.training.first_aid`. */
export interface SaveMappingVariables extends MappingRef {
  value: string;
}

/**
 * Maps a target onto a JSONPath of the downstream record and resolves with the saved mapping. A
 * target the cached list shows unmapped (or that is not cached) is created (`POST`), a mapped one
 * updated (`PATCH`). On success the mapping goes into the connection's mapping list and into the
 * connection's `custom_mappings` in its detail and every list; a failure changes no cache. Your
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
      mutationFn: ({ unifiedApi, serviceId, targetFieldId, value }: SaveMappingVariables) => {
        const ref = { unifiedApi, serviceId, targetFieldId, value };
        const mapped = (findCachedMapping(queryClient, client, ref)?.value ?? null) !== null;
        return mapped ? client.mappings.update(ref) : client.mappings.create(ref);
      },
      onSuccess: (saved: CustomMapping, variables: SaveMappingVariables) =>
        writeSavedMapping(queryClient, client, variables, saved),
    }),
    options,
  );
}
