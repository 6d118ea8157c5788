import type { Connection } from '@integrations-kit/client';

/**
 * Where a connection's data-scope consent stands for the person using it:
 * - `ask`: Vault waits for a decision (`health: needs_consent`, or `consent_state` `pending` or
 *   `requires_reconsent`): the dialog opens on the consent view;
 * - `refused`: the person denied or revoked it (they may grant it again);
 * - `given`: granted (they may revoke it);
 * - `none`: no consent is tracked (`implicit`, or the API sent none).
 */
export type ConsentNeed = 'ask' | 'refused' | 'given' | 'none';

// Maps, not object literals: a `consent_state` of "constructor" must find nothing.
const byState = new Map<unknown, ConsentNeed>([
  ['pending', 'ask'],
  ['requires_reconsent', 'ask'],
  ['denied', 'refused'],
  ['revoked', 'refused'],
  ['granted', 'given'],
]);

/**
 * The one rule for consent the dialog, the consent view and the authorize gate read.
 *
 * @example getConsentNeed({ consent_state: 'requires_reconsent' }) // 'ask'
 */
export function getConsentNeed(connection: Pick<Connection, 'health' | 'consent_state'>): ConsentNeed {
  if (connection.health === 'needs_consent') return 'ask';
  return byState.get(connection.consent_state) ?? 'none';
}

/**
 * Whether authorization has to wait for consent: a decision is missing or was refused, and the
 * application has Data Scopes on (with them off, `'*'`, Vault does not gate on consent).
 */
export function consentBlocksAuthorize(connection: Connection): boolean {
  const need = getConsentNeed(connection);
  if (need !== 'ask' && need !== 'refused') return false;
  return connection.application_data_scopes?.enabled !== false;
}
