import type { SessionSettings } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { defaultPageSettings, resolvePageSettings, takePageSettingsProps } from './resolvePageSettings.js';

const session: SessionSettings = {
  settings: {
    unified_apis: ['crm'],
    hide_resource_settings: true,
    allow_actions: ['delete'],
    show_logs: false,
    show_suggestions: true,
    hide_guides: true,
    sandbox_mode: true,
    isolation_mode: true,
  },
  theme: {
    primary_color: '#0f766e',
    vault_name: 'Acme Integrations',
    privacy_url: 'https://acme.example/privacy',
    terms_url: 'https://acme.example/terms',
  },
  consumer_metadata: {
    account_name: 'Acme',
    user_name: 'Ada',
    email: 'ada@acme.example',
    image: 'https://acme.example/a.png',
  },
};

describe('resolvePageSettings', () => {
  it("uses the kit's defaults without props or session settings", () => {
    expect(defaultPageSettings).toEqual({
      unifiedApis: undefined,
      hideResourceSettings: false,
      allowActions: true,
      showLogs: true,
      showFieldMapping: true,
      showSuggestions: false,
      hideGuides: false,
      sandboxMode: false,
      isolationMode: false,
      consumer: undefined,
      accentColor: undefined,
      title: undefined,
      privacyUrl: undefined,
      termsUrl: undefined,
    });
  });

  it('takes every setting from the session when no prop is given', () => {
    expect(resolvePageSettings({}, session)).toEqual({
      unifiedApis: ['crm'],
      hideResourceSettings: true,
      allowActions: ['delete'],
      showLogs: false,
      showFieldMapping: true,
      showSuggestions: true,
      hideGuides: true,
      sandboxMode: true,
      isolationMode: true,
      consumer: session.consumer_metadata,
      accentColor: '#0f766e',
      title: 'Acme Integrations',
      privacyUrl: 'https://acme.example/privacy',
      termsUrl: 'https://acme.example/terms',
    });
  });

  it('lets each prop win over the session, false and empty lists included', () => {
    const props = {
      unifiedApis: [],
      hideResourceSettings: false,
      allowActions: true,
      showLogs: true,
      showFieldMapping: false,
      showSuggestions: false,
      hideGuides: false,
      sandboxMode: false,
      isolationMode: false,
      consumer: { user_name: 'Grace' },
      title: 'Connections',
      privacyUrl: 'https://host.example/privacy',
      termsUrl: 'https://host.example/terms',
    };
    expect(resolvePageSettings(props, session)).toEqual({ ...props, accentColor: '#0f766e' });
  });

  it('hides the consumer card with consumer={null} whatever the session says', () => {
    expect(resolvePageSettings({ consumer: null }, session).consumer).toBeUndefined();
  });

  it("reads the session's empty unified_apis as all APIs, as the contract says", () => {
    expect(resolvePageSettings({}, { ...session, settings: { unified_apis: [] } }).unifiedApis).toBeUndefined();
  });

  it('drops an accent that is not a CSS colour, unsafe links and an unsafe avatar', () => {
    const resolved = resolvePageSettings(
      { privacyUrl: 'javascript:alert(1)', consumer: { user_name: 'Eve', image: 'http://tracker.example/p.png' } },
      { ...session, theme: { primary_color: 'red; background: url(https://evil.example)' } },
    );
    expect(resolved.accentColor).toBeUndefined();
    expect(resolved.privacyUrl).toBeUndefined();
    expect(resolved.consumer).toEqual({ user_name: 'Eve' });
  });

  it('shows no consumer card for a consumer with neither name nor email', () => {
    expect(
      resolvePageSettings({ consumer: { image: 'https://acme.example/a.png' } }, session).consumer,
    ).toBeUndefined();
  });
});

describe('takePageSettingsProps', () => {
  it('splits the settings props from the rest', () => {
    const [settings, rest] = takePageSettingsProps({ sandboxMode: true, title: 'T', id: 'page', redirectUri: '/cb' });
    expect(settings).toMatchObject({ sandboxMode: true, title: 'T' });
    expect(rest).toEqual({ id: 'page', redirectUri: '/cb' });
  });
});
