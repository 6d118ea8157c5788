import type { Connection } from '@integrations-kit/client';
import { getConnectionStatus, type ConnectionStatus } from './getConnectionStatus.js';
import { isSettingFilled } from './isSettingFilled.js';

/** What the authorize control offers: a first sign-in, the settings left after one, or a new sign-in. */
export type AuthorizeMode =
  { kind: 'connect' } | { kind: 'finish-settings'; labels: string[] } | { kind: 'reauthorize' };

// The badge's verdicts that mean the sign-in itself is gone; then Connect is the way forward again.
const SIGNED_OUT = new Set<ConnectionStatus>(['not-authorized', 'revoked', 'consent-required', 'invalid']);

/**
 * The labels of required settings still empty, as the settings form shows them. Fields Vault fills
 * itself (disabled), hidden and deprecated ones are left out; a secret counts as the form counts it.
 */
function missingRequiredLabels(connection: Connection): string[] {
  const labels: string[] = [];
  for (const field of connection.form_fields ?? []) {
    if (!field.id || !field.required || field.disabled || field.hidden || field.deprecated) continue;
    if (!isSettingFilled(connection, field.id)) labels.push(field.label || field.id);
  }
  return labels;
}

/**
 * Decides how an OAuth connection is offered to the user. An `authorized` connection is signed in
 * but waits for required settings: it gets "fill in the settings" (with the labels it can name)
 * rather than a second Connect. Follows `getConnectionStatus`, so the control never contradicts
 * the status badge.
 *
 * @example getAuthorizeMode(hubspot) // { kind: 'finish-settings', labels: ['Default owner'] }
 */
export function getAuthorizeMode(connection: Connection): AuthorizeMode {
  if (connection.state === 'callable') return { kind: 'reauthorize' };
  if (connection.state === 'authorized' && !SIGNED_OUT.has(getConnectionStatus(connection))) {
    return { kind: 'finish-settings', labels: missingRequiredLabels(connection) };
  }
  return { kind: 'connect' };
}
