// Strings of the health timeline. `when` is a relative time the timeline formats with
// `Intl.RelativeTimeFormat` in the catalog's `locale` ("2 hours ago", "in 5 days", "yesterday").

/** English strings of the health timeline. */
export const enHealthMessages = {
  title: 'Health',
  summary: {
    ok: (name: string) => `${name} is working normally.`,
    pending_refresh: (name: string) => `${name} is refusing to renew access. Vault keeps retrying for now.`,
    needs_auth: (name: string) => `Access to ${name} has ended. Reconnect to use it again.`,
    revoked: (name: string) => `Access was revoked in ${name}, for example by disconnecting the app there.`,
    missing_settings: (name: string) => `${name} needs required settings. Fill them in under Settings.`,
    needs_consent: (name: string) => `${name} is waiting for consent to share data.`,
    pending_confirmation: (name: string) => `The sign-in to ${name} is waiting to be confirmed.`,
    degraded: (name: string) => `${name} could not be reached recently, so some requests may fail.`,
    unknown: (name: string) => `The health of ${name} could not be determined.`,
    none: (name: string) => `${name} has not reported its health yet.`,
  },
  events: {
    refreshFailed: (when: string) => `Token refresh failed ${when}`,
    credentialsExpire: (when: string) => `Credentials will be deleted ${when}`,
    credentialsDeleted: (when: string) => `Credentials were deleted ${when}`,
    downstreamError: (name: string, when: string) => `${name} could not be reached ${when}`,
  },
  reconnect: 'Reconnect',
  reconnectNote: 'Reconnecting signs in again; your settings are kept.',
  testing: 'Testing…',
  passed: (name: string) => `${name} passed the test.`,
  failed: (name: string) => `${name} failed the test`,
};

/** The shape of the health timeline's strings. */
export type HealthMessages = typeof enHealthMessages;

/** German strings of the health timeline. */
export const deHealthMessages: HealthMessages = {
  title: 'Zustand',
  summary: {
    ok: (name) => `${name} funktioniert normal.`,
    pending_refresh: (name) => `${name} verweigert die Verlängerung des Zugriffs. Vault versucht es vorerst weiter.`,
    needs_auth: (name) => `Der Zugriff auf ${name} ist abgelaufen. Verbinden Sie es erneut, um es wieder zu nutzen.`,
    revoked: (name) => `Der Zugriff wurde in ${name} widerrufen, zum Beispiel durch Trennen der App dort.`,
    missing_settings: (name) => `${name} braucht Pflichtangaben. Ergänzen Sie sie unter Einstellungen.`,
    needs_consent: (name) => `${name} wartet auf die Zustimmung zur Datenweitergabe.`,
    pending_confirmation: (name) => `Die Anmeldung bei ${name} wartet auf Bestätigung.`,
    degraded: (name) => `${name} war zuletzt nicht erreichbar, daher können Anfragen fehlschlagen.`,
    unknown: (name) => `Der Zustand von ${name} ist unbekannt.`,
    none: (name) => `${name} hat noch keinen Zustand gemeldet.`,
  },
  events: {
    refreshFailed: (when) => `Token-Aktualisierung ${when} fehlgeschlagen`,
    credentialsExpire: (when) => `Zugangsdaten werden ${when} gelöscht`,
    credentialsDeleted: (when) => `Zugangsdaten wurden ${when} gelöscht`,
    downstreamError: (name, when) => `${name} war ${when} nicht erreichbar`,
  },
  reconnect: 'Erneut verbinden',
  reconnectNote: 'Beim erneuten Verbinden melden Sie sich neu an; Ihre Einstellungen bleiben erhalten.',
  testing: 'Wird getestet…',
  passed: (name) => `${name} hat den Test bestanden.`,
  failed: (name) => `${name} hat den Test nicht bestanden`,
};
