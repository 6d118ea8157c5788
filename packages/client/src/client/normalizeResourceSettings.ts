import type { ResourceSetting } from '../types.js';
import { isRecord } from './data.js';

/**
 * Turns either shape of a `…/{resource}/config` answer's `data` into one list of settings:
 *
 * - the contract's: a connection whose `configuration` is `[{ resource, defaults: [...] }]`;
 * - the live API's: a flat array of fields (id, label, type, options, value, …);
 * - and, defensively, a bare array of `{ resource, defaults }` entries.
 *
 * Returns `undefined` when `data` is none of these, so the caller can report the bad shape.
 */
export function normalizeResourceSettings(data: unknown, resource: string): ResourceSetting[] | undefined {
  if (isRecord(data)) {
    const { configuration } = data;
    if (configuration === undefined || configuration === null) return [];
    return Array.isArray(configuration) ? fromEntries(configuration, resource) : undefined;
  }
  if (!Array.isArray(data) || !data.every(isRecord)) return undefined;
  const isEntryList = data.length > 0 && data.every((item) => Array.isArray(item.defaults));
  return isEntryList ? fromEntries(data, resource) : data.map(toSetting);
}

function fromEntries(entries: unknown[], resource: string): ResourceSetting[] | undefined {
  if (!entries.every(isRecord)) return undefined;
  // A single entry without `resource` can only be the one asked for.
  const only = entries.length === 1 && entries[0]?.resource === undefined ? entries[0] : undefined;
  const entry = entries.find((item) => item.resource === resource) ?? only;
  const defaults = entry?.defaults ?? [];
  return Array.isArray(defaults) && defaults.every(isRecord) ? defaults.map(toSetting) : undefined;
}

// The contract's `defaults` omit `allow_custom_values`, which `FormField` requires; absent means not allowed.
function toSetting(field: Record<string, unknown>): ResourceSetting {
  return { allow_custom_values: false, ...field } as ResourceSetting;
}
