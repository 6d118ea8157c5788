import type { ConsentRecord, Connection, DataScopes, DataScopesResources } from '@integrations-kit/client';
import { isRecord } from '../util/clone.js';
import type { ConnectionRecord } from './ConnectionRecord.js';
import type { ConnectionStore } from './ConnectionStore.js';

/** Consent states in which the app may not reach the consumer's data (nor start authorization). */
const WITHOUT_CONSENT = new Set<unknown>(['pending', 'denied', 'revoked', 'requires_reconsent']);

/** Whether the app has Data Scopes on: only then does consent gate anything. */
export function scopesEnabled(scopes: DataScopes): boolean {
  return scopes.enabled !== false && scopes.resources !== '*';
}

/**
 * Whether the connection waits for the consumer's consent: the app has Data Scopes on and the
 * consent is pending, denied, revoked or out of date, or Vault flagged it (`needs_consent`).
 */
export function consentRequired(record: ConnectionRecord, scopes: DataScopes): boolean {
  if (!scopesEnabled(scopes)) return false;
  return WITHOUT_CONSENT.has(record.connection.consent_state) || record.condition === 'needs_consent';
}

/** Why a consent body does not fit the app's Data Scopes, or `undefined` when it does. */
export function consentMismatch(resources: DataScopesResources, scopes: DataScopes): string | undefined {
  if (!scopesEnabled(scopes)) {
    return resources === '*' ? undefined : 'Data Scopes is off for this application: consent covers all data ("*")';
  }
  if (resources === '*') return 'This application has Data Scopes on: consent names its resources and fields';
  const asked = scopes.resources as Exclude<DataScopesResources, '*'>;
  for (const [resource, fields] of Object.entries(resources)) {
    for (const [field, flags] of Object.entries(fields)) {
      const allowed = asked[resource]?.[field];
      if (!allowed || (flags.read && !allowed.read) || (flags.write && !allowed.write)) {
        return `The application does not ask for ${resource}.${field} ${flags.write ? 'write' : 'read'} access`;
      }
    }
  }
  return undefined;
}

/**
 * Records a consent decision: granting makes the state `granted` (and clears Vault's
 * `needs_consent` flag); refusing makes it `revoked` when consent was given before, else
 * `denied`. The record joins the history (which is never rewritten) and is returned.
 */
export function recordConsent(
  store: ConnectionStore,
  record: ConnectionRecord,
  decision: { granted: boolean; resources: DataScopesResources },
): ConsentRecord {
  const connection = record.connection;
  const history = connection.consents ?? [];
  const previous = connection.consent_state;
  const entry: ConsentRecord = {
    id: `con_${connection.id ?? ''}_${history.length + 1}`,
    created_at: Math.max(Date.now(), (history[0]?.created_at ?? 0) + 1),
    granted: decision.granted,
    resources: decision.resources,
  };
  // Newest first, the order the client hands the history out in.
  connection.consents = [entry, ...history];
  connection.latest_consent = entry;
  if (decision.granted) {
    connection.consent_state = 'granted';
    if (record.condition === 'needs_consent') delete record.condition;
  } else {
    connection.consent_state = previous === 'granted' || previous === 'requires_reconsent' ? 'revoked' : 'denied';
  }
  store.touch(record);
  return entry;
}

/** The app changed its Data Scopes: every consent given under the old ones needs renewing. */
export function changeDataScopes(
  store: ConnectionStore,
  present: { dataScopes: DataScopes },
  resources: DataScopesResources,
): void {
  present.dataScopes = { enabled: resources !== '*', updated_at: Date.now(), resources };
  for (const record of store.all()) {
    if (record.connection.consent_state !== 'granted') continue;
    record.connection.consent_state = 'requires_reconsent';
    store.touch(record);
  }
}

/** A consent record as the API sends it (`created_at` ISO 8601, as the contract says). */
export function presentConsentRecord(record: ConsentRecord): Record<string, unknown> {
  const { created_at, ...rest } = record;
  return created_at === undefined ? rest : { ...rest, created_at: new Date(created_at).toISOString() };
}

/** The consent fields of a presented connection: the app's Data Scopes and ISO timestamps. */
export function presentConsentFields(connection: Connection, scopes: DataScopes): Record<string, unknown> {
  const fields: Record<string, unknown> = { application_data_scopes: presentScopes(scopes) };
  if (connection.consents) fields.consents = connection.consents.map(presentConsentRecord);
  if (connection.latest_consent) fields.latest_consent = presentConsentRecord(connection.latest_consent);
  return fields;
}

// The app's Data Scopes as answers carry them, built once per scopes object: a list carries them on
// every connection, and answers are serialised at once (a change of scopes replaces the object).
const presentedScopes = new WeakMap<DataScopes, Record<string, unknown>>();
function presentScopes(scopes: DataScopes): Record<string, unknown> {
  let presented = presentedScopes.get(scopes);
  if (!presented) {
    const { updated_at, ...rest } = scopes;
    presented = updated_at === undefined ? rest : { ...rest, updated_at: new Date(updated_at).toISOString() };
    presentedScopes.set(scopes, presented);
  }
  return presented;
}

/** Whether a body is an `UpdateConsentRequest` (the contract check has run; this narrows the type). */
export function isConsentBody(body: unknown): body is { granted: boolean; resources: DataScopesResources } {
  return isRecord(body) && typeof body.granted === 'boolean' && (body.resources === '*' || isRecord(body.resources));
}
