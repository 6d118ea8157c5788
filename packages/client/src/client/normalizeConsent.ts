import type { ConsentRecord, DataScopes, DataScopesResources } from '../types.js';
import { isRecord } from './data.js';
import { toEpochMs } from './toEpochMs.js';

/**
 * Resources in the one shape the kit reads: the wildcard `'*'` (Data Scopes off: all data) as
 * sent, or per resource and field path a `{ read, write }` pair of booleans (a missing flag is
 * `false`: nothing is granted that was not asked for). Anything else reads as no resources.
 */
export function normalizeResources(raw: unknown): DataScopesResources {
  if (raw === '*') return '*';
  if (!isRecord(raw)) return {};
  // Loops, not entries/filter/map: every connection of a list carries its app's Data Scopes.
  const resources: Record<string, Record<string, { read: boolean; write: boolean }>> = {};
  for (const [resource, fields] of Object.entries(raw)) {
    if (!isRecord(fields)) continue;
    const flagsByField: Record<string, { read: boolean; write: boolean }> = {};
    for (const [field, flags] of Object.entries(fields))
      if (isRecord(flags)) setOwn(flagsByField, field, { read: flags.read === true, write: flags.write === true });
    setOwn(resources, resource, flagsByField);
  }
  return resources;
}

/** `target[key] = value` as an own key, even for a server key `__proto__` (never set as a prototype). */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * A consent record with `created_at` as epoch milliseconds (ISO 8601 or epoch in, as for the
 * connection's timestamps; an unreadable one is left out rather than guessed). Not a record: `undefined`.
 */
export function normalizeConsentRecord(raw: unknown): ConsentRecord | undefined {
  if (!isRecord(raw)) return undefined;
  const record: Record<string, unknown> = {
    ...raw,
    granted: raw.granted === true,
    resources: normalizeResources(raw.resources),
  };
  const createdAt = toEpochMs(raw.created_at);
  if (createdAt === undefined) delete record.created_at;
  else record.created_at = createdAt;
  return record as ConsentRecord;
}

/**
 * Consent records, newest first (the history reads top-down; undated records last, in the order
 * the API sent them). Entries that are not records are dropped.
 */
export function normalizeConsentRecords(raw: unknown): ConsentRecord[] {
  if (!Array.isArray(raw)) return [];
  // Array#sort is stable: records with equal (or no) times keep the API's order.
  return raw
    .map(normalizeConsentRecord)
    .filter((record) => record !== undefined)
    .sort((a, b) => (b.created_at ?? -Infinity) - (a.created_at ?? -Infinity));
}

/**
 * An application's Data Scopes: `enabled: false` reads as the wildcard whatever `resources` says
 * (Data Scopes off means all data), `updated_at` as epoch milliseconds.
 */
export function normalizeDataScopes(raw: unknown): DataScopes | undefined {
  if (!isRecord(raw)) return undefined;
  const scopes: Record<string, unknown> = {
    ...raw,
    resources: raw.enabled === false ? '*' : normalizeResources(raw.resources ?? '*'),
  };
  const updatedAt = toEpochMs(raw.updated_at);
  if (updatedAt === undefined) delete scopes.updated_at;
  else scopes.updated_at = updatedAt;
  return scopes as DataScopes;
}
