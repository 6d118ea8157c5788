import type { Connection } from '@integrations-kit/client';
import { consentBlocksAuthorize } from './getConsentNeed.js';
import { getMissingAuthorizationSettings } from './getMissingAuthorizationSettings.js';

/** Why a connection cannot be authorized yet, or `null` when it can. */
export type AuthorizeBlocker =
  | { reason: 'needs-configuration' }
  | { reason: 'consent-required' }
  | { reason: 'missing-settings'; labels: string[] }
  | null;

/**
 * Decides whether the authorize flow may start: the application side must be configured, the
 * consumer must have granted the app's Data Scopes where Vault asks for that (`getConsentNeed`), and
 * every setting in `settings_required_for_authorization` must hold a value (the settings form's
 * rule, so the button and the form always agree; labels are the form's labels).
 */
export function getAuthorizeBlocker(connection: Connection): AuthorizeBlocker {
  if (connection.integration_state === 'needs_configuration') return { reason: 'needs-configuration' };
  if (consentBlocksAuthorize(connection)) return { reason: 'consent-required' };
  const missing = getMissingAuthorizationSettings(connection);
  if (missing.length === 0) return null;
  return { reason: 'missing-settings', labels: missing.map((setting) => setting.label) };
}
