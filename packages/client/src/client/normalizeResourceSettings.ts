import type { ResourceSetting } from '../types.js';
import { isRecord } from './data.js';
import { normalizeFormField } from './normalizeFormField.js';

/**
 * Turns every known shape of a `…/{resource}/config` answer's `data` into one list of settings:
 *
 * - the contract's: a connection whose `configuration` is `[{ resource, defaults: [...] }]`;
 * - the live API's: a connection whose `configuration` is the resource's **flat list of fields**
 *   (`[{ id, label, type, required, value, options, filter, … }]`);
 * - and, defensively, `data` itself as a flat field list or as a bare `[{ resource, defaults }]` list.
 *
 * Every field goes through `normalizeFormField` (filters, options). Returns `undefined` when `data`
 * is none of these, so the caller can report the bad shape instead of showing "nothing to set".
 */
export function normalizeResourceSettings(data: unknown, resource: string): ResourceSetting[] | undefined {
  if (isRecord(data)) {
    const { configuration } = data;
    if (configuration === undefined || configuration === null) return [];
    return Array.isArray(configuration) ? fromList(configuration, resource) : undefined;
  }
  return Array.isArray(data) ? fromList(data, resource) : undefined;
}

// A list is either `{ resource, defaults }` entries or the fields themselves; an empty list is no settings.
function fromList(list: unknown[], resource: string): ResourceSetting[] | undefined {
  if (!list.every(isRecord)) return undefined;
  const isEntryList = list.some((item) => Array.isArray(item.defaults) || ('resource' in item && !('id' in item)));
  return isEntryList ? fromEntries(list, resource) : list.map(toSetting);
}

function fromEntries(entries: Record<string, unknown>[], resource: string): ResourceSetting[] | undefined {
  // A single entry without `resource` can only be the one asked for.
  const only = entries.length === 1 && entries[0]?.resource === undefined ? entries[0] : undefined;
  const entry = entries.find((item) => item.resource === resource) ?? only;
  const defaults = entry?.defaults ?? [];
  return Array.isArray(defaults) && defaults.every(isRecord) ? defaults.map(toSetting) : undefined;
}

// The contract's `defaults` omit `allow_custom_values`, which `FormField` requires; absent means not allowed.
function toSetting(field: Record<string, unknown>): ResourceSetting {
  return normalizeFormField({ allow_custom_values: false, ...field }) as ResourceSetting;
}
