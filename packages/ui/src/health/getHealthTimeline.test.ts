import type { Connection, ConnectionHealth } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { getHealthTimeline } from './getHealthTimeline.js';

const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const oauth: Connection = {
  unified_api: 'crm',
  service_id: 'teamleader',
  auth_type: 'oauth2',
  integration_state: 'configured',
  enabled: true,
  state: 'callable',
};

describe('getHealthTimeline', () => {
  // health → [status the badge shows, fix] for a signed-in OAuth connection.
  const cases: Array<[ConnectionHealth, Partial<Connection>, string, string | null]> = [
    ['ok', {}, 'connected', null],
    ['pending_refresh', {}, 'degraded', 'reconnect'],
    ['needs_auth', { state: 'invalid' }, 'invalid', 'reconnect'],
    ['revoked', { state: 'invalid' }, 'revoked', 'reconnect'],
    ['missing_settings', { state: 'authorized' }, 'input-required', null],
    ['needs_consent', {}, 'consent-required', null],
    ['pending_confirmation', { state: 'added' }, 'pending-confirmation', null],
    ['degraded', {}, 'degraded', 'test'],
  ];

  it.each(cases)('reads health %s as the badge does, with its fix', (health, patch, status, fix) => {
    expect(getHealthTimeline({ ...oauth, ...patch, health }, NOW, 'en')).toMatchObject({ health, status, fix });
  });

  it('tells a failing refresh and the coming deletion in plain words, oldest first', () => {
    const timeline = getHealthTimeline(
      {
        ...oauth,
        health: 'pending_refresh',
        credentials_expire_at: NOW + 5 * DAY,
        last_refresh_failed_at: NOW - 2 * HOUR,
      },
      NOW,
      'en',
    );
    expect(timeline.events).toEqual([
      { kind: 'refresh-failed', at: NOW - 2 * HOUR, when: '2 hours ago' },
      { kind: 'credentials-expire', at: NOW + 5 * DAY, when: 'in 5 days' },
    ]);
  });

  it('reads ISO 8601 timestamps like epoch milliseconds', () => {
    const iso = getHealthTimeline(
      {
        ...oauth,
        health: 'pending_refresh',
        last_refresh_failed_at: new Date(NOW - 2 * HOUR).toISOString(),
        credentials_expire_at: new Date(NOW + 5 * DAY).toISOString(),
      } as unknown as Connection,
      NOW,
      'en',
    );
    expect(iso.events.map((event) => [event.kind, event.at, event.when])).toEqual([
      ['refresh-failed', NOW - 2 * HOUR, '2 hours ago'],
      ['credentials-expire', NOW + 5 * DAY, 'in 5 days'],
    ]);
  });

  it('says the credentials were deleted once their time has passed, and leaves out 0 and unreadable times', () => {
    const timeline = getHealthTimeline(
      {
        ...oauth,
        state: 'invalid',
        health: 'needs_auth',
        credentials_expire_at: NOW - 3 * DAY,
        last_refresh_failed_at: 0,
        last_downstream_error_at: 'not a date',
      } as unknown as Connection,
      NOW,
      'en',
    );
    expect(timeline.events).toEqual([{ kind: 'credentials-deleted', at: NOW - 3 * DAY, when: '3 days ago' }]);
  });

  it('dates a downstream error and offers a new test', () => {
    const timeline = getHealthTimeline(
      { ...oauth, health: 'degraded', last_downstream_error_at: NOW - 120_000 },
      NOW,
      'en',
    );
    expect(timeline).toMatchObject({ fix: 'test', events: [{ kind: 'downstream-error', when: '2 minutes ago' }] });
  });

  it('reads a health value the contract does not list as unknown, without a fix', () => {
    const future = { ...oauth, health: 'sparkly' } as unknown as Connection;
    expect(getHealthTimeline(future, NOW, 'en')).toMatchObject({ health: 'unknown', status: 'unknown', fix: null });
  });

  it('offers the first Connect, not Reconnect, to a connection that never had access', () => {
    expect(getHealthTimeline({ ...oauth, state: 'added', health: 'needs_auth' }, NOW, 'en').fix).toBeNull();
  });

  it('offers no Reconnect to an API-key connection (its fix is the settings)', () => {
    const apiKey = { ...oauth, auth_type: 'apiKey' as const, state: 'invalid' as const, health: 'needs_auth' as const };
    expect(getHealthTimeline(apiKey, NOW, 'en')).toMatchObject({ status: 'invalid', fix: null });
  });
});

describe('getHealthTimeline in another locale', () => {
  it('words its times with Intl.RelativeTimeFormat of that locale', () => {
    const at = (value: number, locale: string) =>
      getHealthTimeline({ ...oauth, health: 'degraded', last_downstream_error_at: value }, NOW, locale).events[0]?.when;
    expect(at(NOW - 2 * HOUR, 'de')).toBe('vor 2 Stunden');
    expect(at(NOW - DAY, 'en')).toBe('yesterday');
    expect(at(NOW - 400 * DAY, 'en')).toBe('last year');
    expect(
      getHealthTimeline({ ...oauth, health: 'pending_refresh', credentials_expire_at: NOW + 5 * DAY }, NOW, 'de')
        .events,
    ).toMatchObject([{ kind: 'credentials-expire', when: 'in 5 Tagen' }]);
  });
});
