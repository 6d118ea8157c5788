// Strings of the consent view. `when` is a relative time ("2 days ago") and `at` an absolute one,
// both formatted in the catalog's `locale`.

/** English strings of the consent view. */
export const enConsentMessages = {
  title: 'Data access',
  summary: {
    ask: (name: string) =>
      `This app asks for access to the data below in ${name}. Nothing is shared until you grant it.`,
    reconsent: (name: string) => `This app now asks for different data in ${name}. Review it and grant access again.`,
    given: (name: string) => `You granted access to the data below in ${name}. You can revoke it at any time.`,
    denied: (name: string) => `You denied access to data in ${name}. You can grant it at any time.`,
    revoked: (name: string) => `You revoked access to data in ${name}. You can grant it again at any time.`,
  },
  /** The app asks for everything (Data Scopes is off, `'*'`). */
  allData: 'All data',
  allDataNote: 'This app may read and write all data this integration offers.',
  access: { read: 'Read', write: 'Write', readWrite: 'Read and write', none: 'No access' },
  noScopes: 'This app asks for no data.',
  grant: 'Grant access',
  deny: 'Deny',
  revoke: 'Revoke access',
  saving: 'Saving…',
  /** A decision that did not save: which one, and why (from the error description). */
  notSaved: (choice: string, reason: string) => `Your choice "${choice}" was not saved. ${reason}`,
  history: 'History',
  noHistory: 'No decisions yet.',
  loading: 'Loading data access…',
  historyFailed: 'The history could not be loaded.',
  entry: (who: string, granted: boolean) => (granted ? `${who} granted access` : `${who} denied access`),
  when: (when: string, at: string) => `${when} (${at})`,
  unknownTime: 'at an unknown time',
  /** Why Authorize waits. */
  authorizeWaits: (name: string) => `Grant data access for ${name} first.`,
};

/** The shape of the consent view's strings. */
export type ConsentMessages = typeof enConsentMessages;

/** German strings of the consent view. */
export const deConsentMessages: ConsentMessages = {
  title: 'Datenzugriff',
  summary: {
    ask: (name) =>
      `Diese App bittet um Zugriff auf die folgenden Daten in ${name}. Nichts wird geteilt, bevor Sie zustimmen.`,
    reconsent: (name) =>
      `Diese App bittet jetzt um andere Daten in ${name}. Prüfen Sie sie und erteilen Sie den Zugriff erneut.`,
    given: (name) =>
      `Sie haben den Zugriff auf die folgenden Daten in ${name} erteilt. Sie können ihn jederzeit widerrufen.`,
    denied: (name) => `Sie haben den Zugriff auf Daten in ${name} abgelehnt. Sie können ihn jederzeit erteilen.`,
    revoked: (name) =>
      `Sie haben den Zugriff auf Daten in ${name} widerrufen. Sie können ihn jederzeit erneut erteilen.`,
  },
  allData: 'Alle Daten',
  allDataNote: 'Diese App darf alle Daten dieser Integration lesen und schreiben.',
  access: { read: 'Lesen', write: 'Schreiben', readWrite: 'Lesen und schreiben', none: 'Kein Zugriff' },
  noScopes: 'Diese App bittet um keine Daten.',
  grant: 'Zugriff erteilen',
  deny: 'Ablehnen',
  revoke: 'Zugriff widerrufen',
  saving: 'Wird gespeichert…',
  notSaved: (choice, reason) => `Ihre Wahl „${choice}“ wurde nicht gespeichert. ${reason}`,
  history: 'Verlauf',
  noHistory: 'Noch keine Entscheidungen.',
  loading: 'Datenzugriff wird geladen…',
  historyFailed: 'Der Verlauf konnte nicht geladen werden.',
  entry: (who, granted) => (granted ? `${who} hat den Zugriff erteilt` : `${who} hat den Zugriff abgelehnt`),
  when: (when, at) => `${when} (${at})`,
  unknownTime: 'zu unbekannter Zeit',
  authorizeWaits: (name) => `Erteilen Sie zuerst den Datenzugriff für ${name}.`,
};
