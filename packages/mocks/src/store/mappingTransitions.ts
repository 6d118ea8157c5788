import { parseJsonPath, resolveJsonPath, type Connection } from '@integrations-kit/client';
import type { ConnectionRecord, Writable } from './ConnectionRecord.js';
import type { ConnectionStore } from './ConnectionStore.js';

/** A custom mapping as the connection stores it and the API answers it (the contract's `CustomMapping`). */
export type StoredMapping = Writable<NonNullable<Connection['custom_mappings']>[number]>;

/** The id Vault gives a mapping target: `{unified_api}+{resource}+{key}`. */
export function mappingId(unifiedApi: string, resource: string, key: string): string {
  return `${unifiedApi}+${resource}+${key}`;
}

/** The unified resource a mapping target belongs to, read from its id. */
export function resourceOf(mapping: StoredMapping): string {
  return (mapping.id ?? '').split('+')[1] ?? '';
}

/** Whether a target is mapped (the live API sends `""` or nothing for an unmapped one). */
export function isMapped(mapping: StoredMapping): boolean {
  return typeof mapping.value === 'string' && mapping.value !== '';
}

/** The connection's mapping targets, all of them or those of one resource. */
export function mappingsOf(record: ConnectionRecord, resource?: string): StoredMapping[] {
  const all = record.connection.custom_mappings ?? [];
  return resource === undefined ? all : all.filter((mapping) => resourceOf(mapping) === resource);
}

/** Why `value` cannot be a mapping's JSONPath, or `undefined` when it can. */
export function jsonPathProblem(value: string): string | undefined {
  if (!value.startsWith('$')) return `"${value}" is no JSONPath: it must start with $ (e.g. $.root.training.first_aid)`;
  return parseJsonPath(value) ? undefined : `"${value}" is no JSONPath the mapping can read`;
}

/**
 * The target with `value` mapped (left out when `undefined`, as the live API leaves an unmapped value
 * out), for `consumerId`, and `example`: what the JSONPath reads from the downstream example record,
 * as text; null when unmapped or when it reads nothing there (a stale mapping).
 */
export function withValue(
  target: StoredMapping,
  value: string | undefined,
  example: Record<string, unknown> | undefined,
  consumerId: string,
): StoredMapping {
  const { value: _previous, ...rest } = target;
  const read = value === undefined ? undefined : resolveJsonPath(example, value);
  return { ...rest, ...(value === undefined ? {} : { value }), consumer_id: consumerId, example: asText(read) };
}

/** The connections with their mappings owned by `consumerId` (fixtures are written for the default consumer). */
export function ownedBy(connections: readonly Connection[], consumerId: string): Connection[] {
  return connections.map((connection) =>
    connection.custom_mappings?.length
      ? {
          ...connection,
          custom_mappings: connection.custom_mappings.map((mapping) => ({ ...mapping, consumer_id: consumerId })),
        }
      : connection,
  );
}

/** Maps (or, with `undefined`, unmaps) one target of the connection; the connection's `updated_at` moves on. */
export function mapTarget(
  store: ConnectionStore,
  record: ConnectionRecord,
  target: StoredMapping,
  change: { value: string | undefined; example: Record<string, unknown> | undefined; consumerId: string },
): StoredMapping {
  const mapped = withValue(target, change.value, change.example, change.consumerId);
  record.connection.custom_mappings = mappingsOf(record).map((mapping) =>
    mapping.id === target.id ? mapped : mapping,
  );
  store.touch(record);
  return mapped;
}

function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
