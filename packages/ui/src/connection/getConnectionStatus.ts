import type { Connection } from '@integrations-kit/client';
import { getConnectionHealth } from './getConnectionHealth.js';

/** The one status a person sees for a connection. */
export type ConnectionStatus =
  | 'connected'
  | 'needs-configuration'
  | 'input-required'
  | 'not-authorized'
  | 'revoked'
  | 'invalid'
  | 'pending-confirmation'
  | 'consent-required'
  | 'degraded'
  | 'disabled'
  | 'not-connected'
  | 'unknown';

/** The fields the status derives from; any of them may be missing or hold a value newer than the contract. */
export type ConnectionStatusInput = Pick<
  Connection,
  'state' | 'integration_state' | 'enabled' | 'health' | 'consent_state' | 'auth_type'
>;

// Health outranks `state`: a `callable` connection whose token was revoked is not connected.
// Maps, not object literals: a `health` of "constructor" must find nothing, not Object's constructor.
const healthStatus = new Map<unknown, ConnectionStatus>([
  ['pending_confirmation', 'pending-confirmation'],
  ['needs_consent', 'consent-required'],
  ['needs_auth', 'not-authorized'],
  ['revoked', 'revoked'],
  ['unknown', 'unknown'],
  ['missing_settings', 'input-required'],
  ['pending_refresh', 'degraded'],
  ['degraded', 'degraded'],
]);

const consentStatus = new Map<unknown, ConnectionStatus>([
  ['pending', 'consent-required'],
  ['denied', 'consent-required'],
  ['revoked', 'consent-required'],
  ['requires_reconsent', 'consent-required'],
]);

/**
 * Derives one status from a connection's `state`, `integration_state`, `enabled`, `health` and
 * consent. Pure and total: unknown or missing values give `unknown`, never an exception, so a
 * newer API enum cannot break the grid; a `health` the contract does not list makes that one
 * connection `unknown` (read by `getConnectionHealth`, as the health timeline reads it). A grant
 * the provider revoked (`health: revoked`, the state `invalid`) reads as `revoked`.
 *
 * @example getConnectionStatus({ state: 'authorized', enabled: true }) // 'input-required'
 */
export function getConnectionStatus(connection: ConnectionStatusInput | null | undefined): ConnectionStatus {
  if (!connection || typeof connection !== 'object') return 'unknown';
  const { state, integration_state, enabled, health, consent_state, auth_type } = connection;

  if (integration_state === 'needs_configuration') return 'needs-configuration';
  if (integration_state === 'disabled') return 'disabled';
  // An `available` connection is one the consumer never added; it is off until opened.
  if (state === 'available') return 'not-connected';
  if (enabled === false) return 'disabled';
  const reading = getConnectionHealth({ health });
  if (state === 'invalid') return reading === 'revoked' ? 'revoked' : 'invalid';

  // Consent outranks health: while it is missing Vault lets the app reach no data and starts no
  // sign-in, so it is the first thing to resolve (the dialog opens on it).
  const fromConsent = consentStatus.get(consent_state);
  if (fromConsent) return fromConsent;
  const fromHealth = healthStatus.get(reading);
  if (fromHealth) return fromHealth;

  switch (state) {
    case 'added':
      return auth_type === 'oauth2' ? 'not-authorized' : 'input-required';
    case 'authorized':
      return 'input-required';
    case 'callable':
      return 'connected';
    default:
      return 'unknown';
  }
}
