import type { Connection } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { getConnectionStatus, type ConnectionStatus } from './getConnectionStatus.js';

const callable: Connection = {
  state: 'callable',
  integration_state: 'configured',
  enabled: true,
  health: 'ok',
  auth_type: 'oauth2',
};

describe('getConnectionStatus', () => {
  const cases: Array<[string, Partial<Connection>, ConnectionStatus]> = [
    ['a working connection is connected', {}, 'connected'],
    [
      'an unconfigured integration needs configuration, whatever its state',
      { integration_state: 'needs_configuration', state: 'available' },
      'needs-configuration',
    ],
    ['an integration the app disabled is disabled', { integration_state: 'disabled' }, 'disabled'],
    [
      'an available connection is not connected even though it is not enabled',
      { state: 'available', enabled: false },
      'not-connected',
    ],
    ['a connection the consumer turned off is disabled', { enabled: false }, 'disabled'],
    ['an invalid connection is invalid', { state: 'invalid' }, 'invalid'],
    ['an added OAuth connection is not authorized', { state: 'added', health: undefined }, 'not-authorized'],
    [
      'an added API-key connection needs input',
      { state: 'added', auth_type: 'apiKey', health: undefined },
      'input-required',
    ],
    [
      'an authorized connection missing settings needs input',
      { state: 'authorized', health: undefined },
      'input-required',
    ],
    [
      'a signed-in connection waiting for required settings needs input, like its dialog says',
      { state: 'authorized', health: 'missing_settings' },
      'input-required',
    ],
    [
      'an authorized connection whose grant was revoked reads as revoked',
      { state: 'authorized', health: 'revoked' },
      'revoked',
    ],
    ['health missing_settings needs input', { health: 'missing_settings' }, 'input-required'],
    ['health pending_confirmation is pending confirmation', { health: 'pending_confirmation' }, 'pending-confirmation'],
    ['a revoked grant reads as revoked though state is callable', { health: 'revoked' }, 'revoked'],
    [
      'a provider-side disconnect (invalid, health revoked) reads as revoked',
      { state: 'invalid', health: 'revoked' },
      'revoked',
    ],
    ['invalid credentials otherwise read as invalid', { state: 'invalid', health: 'needs_auth' }, 'invalid'],
    ['health needs_auth is not authorized', { health: 'needs_auth' }, 'not-authorized'],
    ['health needs_consent requires consent', { health: 'needs_consent' }, 'consent-required'],
    ['a denied consent requires consent', { consent_state: 'denied' }, 'consent-required'],
    ['a granted consent does not change the status', { consent_state: 'granted' }, 'connected'],
    [
      'consent outranks missing settings (sign-in waits for it)',
      { state: 'added', health: 'missing_settings', consent_state: 'pending' },
      'consent-required',
    ],
    ['a failing token refresh is degraded', { health: 'pending_refresh' }, 'degraded'],
    ['downstream trouble is degraded', { health: 'degraded' }, 'degraded'],
  ];
  it.each(cases)('%s', (_name, patch, expected) => {
    expect(getConnectionStatus({ ...callable, ...patch })).toBe(expected);
  });

  it('degrades unknown enum values to unknown instead of throwing', () => {
    const future = { ...callable, state: 'quantum', health: 'sparkly' } as unknown as Connection;
    expect(getConnectionStatus(future)).toBe('unknown');
  });

  it('reads a health value the contract does not list as unknown, not as the state says', () => {
    expect(getConnectionStatus({ ...callable, health: 'sparkly' } as unknown as Connection)).toBe('unknown');
    expect(getConnectionStatus({ ...callable, health: 'constructor' } as unknown as Connection)).toBe('unknown');
  });

  it('returns unknown for missing or non-object input', () => {
    expect(getConnectionStatus(undefined)).toBe('unknown');
    expect(getConnectionStatus(null)).toBe('unknown');
    expect(getConnectionStatus('crm+salesforce' as unknown as Connection)).toBe('unknown');
    expect(getConnectionStatus({})).toBe('unknown');
  });
});
