import { plural } from './plural.js';

// Strings that carry values are functions so an override stays type-checked and can reorder words
// (the same convention as the dialog, oauth and form strings).

/** English strings of the kit's core parts: status badge, card, grid, toasts. */
export const enCoreMessages = {
  status: {
    connected: 'Connected',
    needsConfiguration: 'Needs configuration',
    inputRequired: 'Input required',
    notAuthorized: 'Not authorized',
    revoked: 'Access revoked',
    invalid: 'Invalid',
    pendingConfirmation: 'Pending confirmation',
    consentRequired: 'Consent required',
    degraded: 'Degraded',
    disabled: 'Disabled',
    notConnected: 'Not connected',
    unknown: 'Status unknown',
  },
  statusDescriptions: {
    connected: (name: string) => `${name} is connected and working.`,
    needsConfiguration: (name: string) => `An admin has to set up ${name} before you can connect it.`,
    inputRequired: (name: string) => `Fill in the settings of ${name} to finish connecting.`,
    notAuthorized: (name: string) => `Sign in to ${name} to connect it.`,
    revoked: (name: string) => `Access was revoked in ${name}. Reconnect to use it again.`,
    invalid: (name: string) => `The credentials for ${name} no longer work. Sign in again or check the settings.`,
    pendingConfirmation: (name: string) => `${name} is waiting for its sign-in to be confirmed.`,
    consentRequired: (name: string) => `${name} needs your consent to share data.`,
    degraded: (name: string) => `${name} is connected but has trouble reaching the service.`,
    disabled: (name: string) => `${name} is turned off. Enable it to use it again.`,
    notConnected: (name: string) => `${name} is available. Open it to connect.`,
    unknown: (name: string) => `The status of ${name} could not be determined.`,
  },
  unifiedApis: {
    accounting: 'Accounting',
    ats: 'ATS',
    crm: 'CRM',
    ecommerce: 'E-commerce',
    'file-storage': 'File storage',
    hris: 'HRIS',
    'issue-tracking': 'Issue tracking',
    lead: 'Leads',
    pos: 'Point of sale',
    sms: 'SMS',
  } as Record<string, string>,
  card: {
    failed: 'This integration could not be shown.',
  },
  grid: {
    searchLabel: 'Search integrations',
    searchPlaceholder: 'Search by name or description',
    categoryLabel: 'Category',
    statusLabel: 'Status',
    all: 'All',
    statusFilters: {
      connected: 'Connected',
      attention: 'Needs attention',
      available: 'Available',
      disabled: 'Disabled',
    },
    resultCount: (shown: number, total: number) =>
      shown === total
        ? plural('en', total, { one: '{count} integration', other: '{count} integrations' })
        : plural(
            'en',
            total,
            { one: '{shown} of {count} integration', other: '{shown} of {count} integrations' },
            { shown },
          ),
    loading: 'Loading integrations…',
    emptyTitle: 'No integrations available',
    emptyBody: 'Integrations your admin turns on for your account show up here.',
    noResultsTitle: 'No integrations match',
    noResultsBody: 'Try another search term or clear the filters.',
    clearFilters: 'Clear filters',
    errorTitle: "Couldn't load integrations",
    retry: 'Try again',
  },
  toast: {
    /** The toast region's name; `{hotkey}` becomes the keys that focus it ("Notifications (F8)"). */
    region: 'Notifications ({hotkey})',
    dismiss: 'Dismiss',
  },
  /** Beside a failure that running again can mend (the activity log, consent, field mapping). */
  retry: 'Try again',
};

/** The shape of the core strings (a host may override any of them). */
export type CoreMessages = typeof enCoreMessages;

/** German strings of the kit's core parts. */
export const deCoreMessages: CoreMessages = {
  status: {
    connected: 'Verbunden',
    needsConfiguration: 'Einrichtung nötig',
    inputRequired: 'Angaben nötig',
    notAuthorized: 'Nicht autorisiert',
    revoked: 'Zugriff widerrufen',
    invalid: 'Ungültig',
    pendingConfirmation: 'Bestätigung ausstehend',
    consentRequired: 'Zustimmung nötig',
    degraded: 'Gestört',
    disabled: 'Deaktiviert',
    notConnected: 'Nicht verbunden',
    unknown: 'Status unbekannt',
  },
  statusDescriptions: {
    connected: (name) => `${name} ist verbunden und funktioniert.`,
    needsConfiguration: (name) =>
      `${name} muss erst von einer Administratorin oder einem Administrator eingerichtet werden.`,
    inputRequired: (name) => `Füllen Sie die Einstellungen von ${name} aus, um die Verbindung abzuschließen.`,
    notAuthorized: (name) => `Melden Sie sich bei ${name} an, um es zu verbinden.`,
    revoked: (name) => `Der Zugriff wurde in ${name} widerrufen. Verbinden Sie es erneut, um es wieder zu nutzen.`,
    invalid: (name) =>
      `Die Zugangsdaten für ${name} funktionieren nicht mehr. Melden Sie sich erneut an oder prüfen Sie die Einstellungen.`,
    pendingConfirmation: (name) => `Die Anmeldung bei ${name} wartet auf Bestätigung.`,
    consentRequired: (name) => `${name} benötigt Ihre Zustimmung zur Datenweitergabe.`,
    degraded: (name) => `${name} ist verbunden, erreicht den Dienst aber gerade schlecht.`,
    disabled: (name) => `${name} ist ausgeschaltet. Aktivieren Sie es, um es wieder zu nutzen.`,
    notConnected: (name) => `${name} ist verfügbar. Öffnen Sie es, um es zu verbinden.`,
    unknown: (name) => `Der Status von ${name} ist unbekannt.`,
  },
  unifiedApis: {
    accounting: 'Buchhaltung',
    ats: 'Bewerbermanagement',
    crm: 'CRM',
    ecommerce: 'E-Commerce',
    'file-storage': 'Dateiablage',
    hris: 'Personalwesen',
    'issue-tracking': 'Ticketsysteme',
    lead: 'Leads',
    pos: 'Kassensysteme',
    sms: 'SMS',
  },
  card: {
    failed: 'Diese Integration kann nicht angezeigt werden.',
  },
  grid: {
    searchLabel: 'Integrationen durchsuchen',
    searchPlaceholder: 'Nach Name oder Beschreibung suchen',
    categoryLabel: 'Kategorie',
    statusLabel: 'Status',
    all: 'Alle',
    statusFilters: {
      connected: 'Verbunden',
      attention: 'Handlungsbedarf',
      available: 'Verfügbar',
      disabled: 'Deaktiviert',
    },
    resultCount: (shown, total) =>
      shown === total
        ? plural('de', total, { one: '{count} Integration', other: '{count} Integrationen' })
        : plural(
            'de',
            total,
            { one: '{shown} von {count} Integration', other: '{shown} von {count} Integrationen' },
            { shown },
          ),
    loading: 'Integrationen werden geladen…',
    emptyTitle: 'Keine Integrationen verfügbar',
    emptyBody: 'Integrationen, die Ihre Administration für Ihr Konto freischaltet, erscheinen hier.',
    noResultsTitle: 'Keine passenden Integrationen',
    noResultsBody: 'Versuchen Sie einen anderen Suchbegriff oder setzen Sie die Filter zurück.',
    clearFilters: 'Filter zurücksetzen',
    errorTitle: 'Integrationen konnten nicht geladen werden',
    retry: 'Erneut versuchen',
  },
  toast: {
    region: 'Benachrichtigungen ({hotkey})',
    dismiss: 'Schließen',
  },
  retry: 'Erneut versuchen',
};
