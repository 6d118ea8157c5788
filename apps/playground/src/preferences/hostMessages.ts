import type { Preferences } from './usePreferences.js';

// Acme's own strings. A host translates its UI its own way; the kit only asks for a `messages` object.
const en = {
  settings: 'Settings',
  profile: 'Profile',
  team: 'Team',
  billing: 'Billing',
  integrations: 'Integrations',
  developer: 'Developer',
  buildYourOwn: 'Build your own',
  accent: 'Accent colour',
  scheme: 'Appearance',
  light: 'Light',
  dark: 'Dark',
  system: 'System',
  language: 'Language',
  mockMode: 'Mock Vault: no keys needed',
  realMode: 'Live Apideck Vault',
  integrationsIntro: 'Connect Acme to the tools your team already uses.',
  buildYourOwnIntro:
    'The same data and OAuth flow, built only from @integrations-kit/hooks and plain markup. No kit components.',
  starting: 'Starting…',
  startFailed: 'The playground could not start.',
};

export type HostMessages = typeof en;

const de: HostMessages = {
  settings: 'Einstellungen',
  profile: 'Profil',
  team: 'Team',
  billing: 'Abrechnung',
  integrations: 'Integrationen',
  developer: 'Entwickler',
  buildYourOwn: 'Selbst gebaut',
  accent: 'Akzentfarbe',
  scheme: 'Darstellung',
  light: 'Hell',
  dark: 'Dunkel',
  system: 'System',
  language: 'Sprache',
  mockMode: 'Mock-Vault: keine Schlüssel nötig',
  realMode: 'Echter Apideck Vault',
  integrationsIntro: 'Verbinden Sie Acme mit den Werkzeugen, die Ihr Team schon nutzt.',
  buildYourOwnIntro:
    'Dieselben Daten und derselbe OAuth-Ablauf, nur aus @integrations-kit/hooks und einfachem Markup gebaut. Keine Kit-Komponenten.',
  starting: 'Wird gestartet…',
  startFailed: 'Der Playground konnte nicht starten.',
};

/** Acme's strings for a locale. */
export function hostMessages(locale: Preferences['locale']): HostMessages {
  return locale === 'de' ? de : en;
}
