import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeSessionSettings } from './decodeSessionSettings.js';

function jwt(payload: unknown): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

const empty = { settings: {}, theme: {}, consumer_metadata: {} };

describe('decodeSessionSettings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads every display setting, the theme and the consumer from the payload', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const expected = {
      settings: {
        unified_apis: ['crm', 'accounting'],
        hide_resource_settings: true,
        allow_actions: ['delete', 'reauthorize'],
        show_logs: false,
        show_suggestions: true,
        hide_guides: true,
        sandbox_mode: true,
        isolation_mode: true,
      },
      theme: {
        primary_color: '#286efa',
        vault_name: 'Intercom',
        privacy_url: 'https://example.com/privacy',
        terms_url: 'http://localhost:3000/terms',
      },
      consumer_metadata: { account_name: 'SpaceX', user_name: 'Elon', email: 'e@x.com', image: 'https://x.com/a.png' },
    };
    // Claims the page does not read (session_length, favicon) are left out silently.
    const token = jwt({
      consumer_id: 'c',
      settings: { ...expected.settings, session_length: '1h' },
      theme: { ...expected.theme, favicon: 'https://example.com/icon' },
      consumer_metadata: expected.consumer_metadata,
    });
    expect(decodeSessionSettings(token)).toEqual(expected);
    expect(warn).not.toHaveBeenCalled();
  });

  it('drops each malformed claim on its own with one warning per claim and keeps the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const token = jwt({
      settings: {
        unified_apis: 'crm',
        sandbox_mode: 'yes',
        allow_actions: ['delete', 'launch'],
        isolation_mode: true,
        constructor: 1,
      },
      theme: { privacy_url: 'javascript:alert(1)', terms_url: 'http://evil.example/terms', vault_name: 'Acme' },
      consumer_metadata: { image: 'http://tracker.example/p.png', email: 42, user_name: 'Ann' },
    });
    expect(decodeSessionSettings(token)).toEqual({
      settings: { allow_actions: ['delete'], isolation_mode: true },
      theme: { vault_name: 'Acme' },
      consumer_metadata: { user_name: 'Ann' },
    });
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      expect.stringContaining('"settings.unified_apis"'),
      expect.stringContaining('"settings.sandbox_mode"'),
      expect.stringContaining('"settings.allow_actions"'),
      expect.stringContaining('"theme.privacy_url"'),
      expect.stringContaining('"theme.terms_url"'),
      expect.stringContaining('"consumer_metadata.image"'),
      expect.stringContaining('"consumer_metadata.email"'),
    ]);
  });

  it('warns once for a claim group that is not an object', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(decodeSessionSettings(jwt({ settings: [true], theme: 'dark' }))).toEqual(empty);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('takes an inline data:image avatar, as it takes inline connector icons', () => {
    const image = 'data:image/png;base64,iVBORw0KGgo=';
    expect(decodeSessionSettings(jwt({ consumer_metadata: { image } })).consumer_metadata).toEqual({ image });
  });

  it('keeps only the known actions of an allow_actions list with an unknown one, never allowing all', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const token = jwt({ settings: { allow_actions: ['disconnect', 'launch', 'delete', 7] } });
    expect(decodeSessionSettings(token).settings).toEqual({ allow_actions: ['disconnect', 'delete'] });
    expect(warn).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"settings.allow_actions"'));
  });

  it.each(['delete', true, { delete: true }])(
    'reads the allow_actions claim %j that is no list as no actions',
    (claim) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect(decodeSessionSettings(jwt({ settings: { allow_actions: claim } })).settings).toEqual({
        allow_actions: [],
      });
      expect(warn).toHaveBeenCalledOnce();
    },
  );

  it('keeps an empty allow_actions list (the contract hides every action with it)', () => {
    expect(decodeSessionSettings(jwt({ settings: { allow_actions: [] } })).settings).toEqual({ allow_actions: [] });
  });

  it.each(['', 'not-a-jwt', 'a.!!!.c'])(
    'returns empty settings for the unreadable token %j without throwing',
    (token) => {
      expect(decodeSessionSettings(token)).toEqual(empty);
    },
  );
});
