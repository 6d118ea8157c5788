import type { components } from '../generated/vault.js';
import type { Connection } from '../types.js';
import { isRecord } from './data.js';
import { normalizeConsentRecord, normalizeConsentRecords, normalizeDataScopes } from './normalizeConsent.js';
import { normalizeFormFields } from './normalizeFormField.js';
import { toEpochMs } from './toEpochMs.js';

/** The timestamp fields the live API sends as epoch milliseconds in some answers and ISO 8601 in others. */
const TIMESTAMPS = ['credentials_expire_at', 'last_refresh_failed_at', 'last_downstream_error_at'] as const;

/**
 * A connection in the one shape the kit reads, whichever dialect the API answered in:
 *
 * - `credentials_expire_at`, `last_refresh_failed_at`, `last_downstream_error_at` as epoch
 *   milliseconds (the contract's type) whether they came as numbers or ISO 8601 strings; a value
 *   that is neither is dropped, as if not sent;
 * - `form_fields` and every `configuration[].defaults` through `normalizeFormField` (filters and options);
 * - `consents`, `latest_consent` and `application_data_scopes` through `normalizeConsent` (timestamps
 *   as epoch milliseconds, the `'*'` wildcard kept, history newest first); a missing `latest_consent`
 *   is the newest of `consents` when those came, else stays missing (no decision recorded yet);
 * - a list entry without `form_fields`/`configuration` stays without them (absent means "not in this
 *   answer", never "none": read the detail for them).
 */
export function normalizeConnection(raw: Connection | components['schemas']['Connection']): Connection {
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
  normalizeConsentFields(connection);
  return connection as Connection;
}

function normalizeConsentFields(connection: Record<string, unknown>): void {
  if ('consents' in connection) connection.consents = normalizeConsentRecords(connection.consents);
  const latest = normalizeConsentRecord(connection.latest_consent);
  const newest = Array.isArray(connection.consents) ? (connection.consents[0] as unknown) : undefined;
  if (latest ?? newest) connection.latest_consent = latest ?? newest;
  else delete connection.latest_consent;
  const scopes = normalizeDataScopes(connection.application_data_scopes);
  if (scopes) connection.application_data_scopes = scopes;
  else delete connection.application_data_scopes;
}
