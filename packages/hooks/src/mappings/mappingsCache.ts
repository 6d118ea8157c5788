import type { Connection, ConnectionRef, CustomMapping, MappingRef } from '@integrations-kit/client';
import type { QueryClient } from '@tanstack/react-query';
import { mergeConnection } from '../connections/mergeConnection.js';
import { updateConnection } from '../connections/writeConnection.js';
import type { VaultScope } from '../query/params.js';
import { vaultKeys } from '../query/vaultKeys.js';

type ConnectionMapping = NonNullable<Connection['custom_mappings']>[number];

/**
 * Whether the cache shows the target of `ref` mapped: by the connection's mapping list when that is
 * cached (it is the fresher read), else by the target's entry in `custom_mappings` of the cached
 * connection detail. A target neither holds counts as unmapped.
 */
export function isMappedInCache(queryClient: QueryClient, scope: VaultScope, ref: MappingRef): boolean {
  const keys = vaultKeys(scope);
  const isTarget = (mapping: { id?: string }) => mapping.id === ref.targetFieldId;
  const list = queryClient.getQueryData<CustomMapping[]>(keys.mappings(ref));
  const value = list
    ? list.find(isTarget)?.value
    : queryClient.getQueryData<Connection>(keys.connection(ref))?.custom_mappings?.find(isTarget)?.value;
  return (value ?? null) !== null;
}

/**
 * Writes a saved mapping into the caches it changes: the connection's mapping list (the target
 * replaced by id, or added) and the target's entry in `custom_mappings` of the connection's detail
 * and every list holding it. Caches that are not there are not created; nothing is refetched.
 */
export function writeSavedMapping(
  queryClient: QueryClient,
  scope: VaultScope,
  ref: ConnectionRef,
  saved: CustomMapping,
) {
  queryClient.setQueryData<CustomMapping[]>(vaultKeys(scope).mappings(ref), (list) => {
    if (!list) return list;
    const cached = list.find((mapping) => mapping.id === saved.id);
    return cached
      ? list.map((mapping) => (mapping === cached ? mergeMapping(cached, saved) : mapping))
      : [...list, saved];
  });
  writeConnectionMapping(queryClient, scope, ref, saved.id, (entry) => ({
    ...entry,
    value: saved.value ?? undefined,
    example: exampleAfterSave(saved, entry.value, entry.example),
  }));
}

/** Writes a cleared mapping: the target stays listed, with `value` (and the example it read) `null`. */
export function writeClearedMapping(queryClient: QueryClient, scope: VaultScope, ref: MappingRef) {
  queryClient.setQueryData<CustomMapping[]>(vaultKeys(scope).mappings(ref), (list) =>
    list?.map((mapping) => (mapping.id === ref.targetFieldId ? { ...mapping, value: null, example: null } : mapping)),
  );
  // The contract's connection entry has no null value: unmapped is no value.
  writeConnectionMapping(queryClient, scope, ref, ref.targetFieldId, (entry) => ({
    ...entry,
    value: undefined,
    example: null,
  }));
}

/**
 * The answer over the cached target. An answer may leave out what describes the target; the client
 * then fills the label with the key and the description and example with `null`, and those fillers
 * must not blank what the list read. `required` and `custom_field` are read-only in the contract: a
 * save never changes them.
 */
function mergeMapping(cached: CustomMapping, saved: CustomMapping): CustomMapping {
  return {
    ...cached,
    ...saved,
    label: saved.label === saved.key ? cached.label : saved.label,
    description: saved.description ?? cached.description,
    required: cached.required,
    custom_field: cached.custom_field,
    example: exampleAfterSave(saved, cached.value, cached.example),
  };
}

/**
 * The example a target shows after a save, in the list and in `custom_mappings` alike: the
 * answer's; without one, the old example only while the JSONPath it was read by is unchanged.
 */
function exampleAfterSave(
  saved: CustomMapping,
  oldValue: string | null | undefined,
  oldExample: string | null | undefined,
): string | null {
  return saved.example ?? (saved.value === (oldValue ?? null) ? (oldExample ?? null) : null);
}

/** Maps the target's entry in the connection's `custom_mappings`, wherever the connection is cached with one. */
function writeConnectionMapping(
  queryClient: QueryClient,
  scope: VaultScope,
  ref: ConnectionRef,
  id: string,
  update: (entry: ConnectionMapping) => ConnectionMapping,
) {
  updateConnection(queryClient, scope, ref, (prev) => {
    if (!prev?.custom_mappings?.some((entry) => entry.id === id)) return prev;
    return mergeConnection(prev, {
      custom_mappings: prev.custom_mappings.map((entry) => (entry.id === id ? update(entry) : entry)),
    });
  });
}
