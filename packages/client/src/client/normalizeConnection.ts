import type { Connection } from '../types.js';
import { isRecord } from './data.js';
import { normalizeFormFields } from './normalizeFormField.js';

/** The timestamp fields the live API sends as epoch milliseconds in some answers and ISO 8601 in others. */
const TIMESTAMPS = ['credentials_expire_at', 'last_refresh_failed_at', 'last_downstream_error_at'] as const;

/**
 * A connection in the one shape the kit reads, whichever dialect the API answered in:
 *
 * - `credentials_expire_at`, `last_refresh_failed_at`, `last_downstream_error_at` as epoch
 *   milliseconds (the contract's type) whether they came as numbers or ISO 8601 strings; a value
 *   that is neither is dropped, as if not sent;
 * - `form_fields` and every `configuration[].defaults` through `normalizeFormField` (filters and options);
 * - a list entry without `form_fields`/`configuration` stays without them (absent means "not in this
 *   answer", never "none": read the detail for them).
 */
export function normalizeConnection(raw: Connection): Connection {
  const connection: Record<string, unknown> = { ...raw };
  for (const key of TIMESTAMPS) {
    if (!(key in connection)) continue;
    const time = toEpochMs(connection[key]);
    if (time === undefined) delete connection[key];
    else connection[key] = time;
  }
  if (Array.isArray(connection.form_fields)) connection.form_fields = normalizeFormFields(connection.form_fields);
  if (Array.isArray(connection.configuration)) {
    connection.configuration = connection.configuration.map((entry: unknown) =>
      isRecord(entry) && Array.isArray(entry.defaults)
        ? { ...entry, defaults: normalizeFormFields(entry.defaults) }
        : entry,
    );
  }
  return connection as Connection;
}

/** Epoch milliseconds from a number or an ISO 8601 string; `undefined` for anything else. */
export function toEpochMs(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  // A numeric string is epoch milliseconds sent as text, not a year.
  if (/^\d+$/.test(value.trim())) return Number(value);
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}
