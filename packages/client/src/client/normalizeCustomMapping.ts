import type { CustomMapping } from '../types.js';
import { isRecord } from './data.js';

/**
 * A mapping target in the one shape the kit reads, or `undefined` when `raw` is no record or has
 * no string id (nothing could address it). The id is `{unified_api}+{resource}+{key}`: `resource`
 * comes from it (else `resource`, the one asked for, else `''`) and `key` falls back to its last part.
 * Only known members are copied, so a server's `__proto__` key can never set a prototype.
 */
export function normalizeCustomMapping(raw: unknown, resource?: string): CustomMapping | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !raw.id) return undefined;
  const parts = raw.id.split('+');
  const key = nonEmpty(raw.key) ?? parts[parts.length - 1] ?? raw.id;
  return {
    id: raw.id,
    key,
    label: nonEmpty(raw.label) ?? key,
    resource: (parts.length >= 3 ? parts[1] : undefined) || resource || '',
    description: typeof raw.description === 'string' ? raw.description : null,
    value: nonEmpty(raw.value) ?? null,
    required: raw.required === true,
    custom_field: raw.custom_field === true,
    example: exampleText(raw.example),
    ...(typeof raw.consumer_id === 'string' || raw.consumer_id === null ? { consumer_id: raw.consumer_id } : {}),
  };
}

/** Mapping targets in the API's order; entries `normalizeCustomMapping` cannot read are dropped. */
export function normalizeCustomMappings(raw: unknown[], resource?: string): CustomMapping[] {
  return raw.map((entry) => normalizeCustomMapping(entry, resource)).filter((entry) => entry !== undefined);
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

// Downstream examples are whatever the connector sent: a number or flag reads as its text.
function exampleText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return String(value);
  return null;
}
