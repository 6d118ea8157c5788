import type { AuthType } from '@integrations-kit/client';
import { plural } from './plural.js';

// Strings that carry values are functions so an override stays type-checked and can reorder words.

/** English strings of the dialog feature; every visible string of it lives here. */
export const enDialogMessages = {
  close: 'Close',
  actionsMenu: (name: string) => `Actions for ${name}`,
  description: (name: string) => `Settings and details of your ${name} connection.`,
  loading: 'Loading the connection…',
  loadFailed: "Couldn't load this connection.",
  partFailed: "Couldn't load this part.",
  retry: 'Try again',
  enabling: (name: string) => `Setting up ${name}…`,
  enableFailed: (name: string) => `Couldn't set up ${name}.`,
  disabledNote: (name: string) => `${name} is disabled. Enable it to sync data again.`,
  sections: {
    settings: 'Settings',
    resources: 'Resources',
    about: 'About',
  },
  about: {
    website: 'Website',
    guide: 'Setup guide',
    guideLink: (name: string) => `How to connect ${name}`,
    authType: 'Sign-in method',
    authTypes: {
      oauth2: 'OAuth (sign in with your account)',
      apiKey: 'API key',
      basic: 'Username and password',
      custom: 'Custom credentials',
      none: 'No sign-in needed',
    } satisfies Record<AuthType, string>,
    newTab: '(opens in a new tab)',
  },
  actions: {
    test: 'Test connection',
    reauthorize: 'Re-authorize',
    disable: 'Disable',
    enable: 'Enable',
    disconnect: 'Disconnect',
    delete: 'Delete',
  },
  confirmDelete: {
    title: (name: string) => `Delete ${name}?`,
    body: (name: string) => `This removes the ${name} connection and its settings. You can add ${name} again later.`,
    confirm: (name: string) => `Delete ${name}`,
    cancel: 'Cancel',
    pending: 'Deleting…',
  },
  toasts: {
    enabled: (name: string) => `${name} enabled`,
    disabled: (name: string) => `${name} disabled`,
    deleted: (name: string) => `${name} deleted`,
    enableFailed: (name: string) => `Couldn't enable ${name}`,
    disableFailed: (name: string) => `Couldn't disable ${name}`,
    deleteFailed: (name: string) => `Couldn't delete ${name}`,
  },
  errors: {
    sessionExpired: 'Your session has expired. Reload the page to sign in again.',
    sessionTimeout: 'Signing you in again is taking too long. Try again in a moment.',
    forbidden: "You don't have permission to do this. Ask an admin of your account for access.",
    notFound: 'This integration no longer exists. Refresh the page to see the current list.',
    validation: 'Some values were not accepted. Check them and try again.',
    validationDetail: (detail: string) => `Some values were not accepted: ${detail}`,
    paymentRequired: 'Your plan does not include this. Ask an admin to upgrade.',
    rateLimited: 'Too many requests. Wait a moment, then try again.',
    rateLimitedFor: (seconds: number) =>
      plural('en', seconds, {
        one: 'Too many requests. Try again in {count} second.',
        other: 'Too many requests. Try again in {count} seconds.',
      }),
    serverDown: 'The integrations service is not responding right now. Try again in a moment.',
    network: "Can't reach the integrations service. Check your internet connection and try again.",
    badResponse: 'The integrations service sent an answer we could not read. Try again later.',
    unsafeUrl: "This integration's sign-in link is not safe to open. Contact support.",
    unknown: 'Something went wrong. Try again.',
  },
};

/** The shape of the dialog strings (a host may override any of them). */
export type DialogMessages = typeof enDialogMessages;

/** German strings of the dialog feature. */
export const deDialogMessages: DialogMessages = {
  close: 'Schließen',
  actionsMenu: (name) => `Aktionen für ${name}`,
  description: (name) => `Einstellungen und Details Ihrer Verbindung mit ${name}.`,
  loading: 'Verbindung wird geladen…',
  loadFailed: 'Die Verbindung konnte nicht geladen werden.',
  partFailed: 'Dieser Teil konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  enabling: (name) => `${name} wird eingerichtet…`,
  enableFailed: (name) => `${name} konnte nicht eingerichtet werden.`,
  disabledNote: (name) => `${name} ist deaktiviert. Aktivieren Sie es, um wieder Daten zu synchronisieren.`,
  sections: {
    settings: 'Einstellungen',
    resources: 'Ressourcen',
    about: 'Info',
  },
  about: {
    website: 'Website',
    guide: 'Einrichtungsanleitung',
    guideLink: (name) => `So verbinden Sie ${name}`,
    authType: 'Anmeldeverfahren',
    authTypes: {
      oauth2: 'OAuth (Anmeldung mit Ihrem Konto)',
      apiKey: 'API-Schlüssel',
      basic: 'Benutzername und Passwort',
      custom: 'Eigene Zugangsdaten',
      none: 'Keine Anmeldung nötig',
    },
    newTab: '(öffnet in einem neuen Tab)',
  },
  actions: {
    test: 'Verbindung testen',
    reauthorize: 'Neu autorisieren',
    disable: 'Deaktivieren',
    enable: 'Aktivieren',
    disconnect: 'Trennen',
    delete: 'Löschen',
  },
  confirmDelete: {
    title: (name) => `${name} löschen?`,
    body: (name) =>
      `Die Verbindung mit ${name} und ihre Einstellungen werden entfernt. Sie können ${name} später wieder hinzufügen.`,
    confirm: (name) => `${name} löschen`,
    cancel: 'Abbrechen',
    pending: 'Wird gelöscht…',
  },
  toasts: {
    enabled: (name) => `${name} aktiviert`,
    disabled: (name) => `${name} deaktiviert`,
    deleted: (name) => `${name} gelöscht`,
    enableFailed: (name) => `${name} konnte nicht aktiviert werden`,
    disableFailed: (name) => `${name} konnte nicht deaktiviert werden`,
    deleteFailed: (name) => `${name} konnte nicht gelöscht werden`,
  },
  errors: {
    sessionExpired: 'Ihre Sitzung ist abgelaufen. Laden Sie die Seite neu, um sich erneut anzumelden.',
    sessionTimeout: 'Die erneute Anmeldung dauert zu lange. Versuchen Sie es gleich noch einmal.',
    forbidden:
      'Sie haben dafür keine Berechtigung. Bitten Sie eine Administratorin oder einen Administrator Ihres Kontos um Zugriff.',
    notFound: 'Diese Integration gibt es nicht mehr. Laden Sie die Seite neu, um die aktuelle Liste zu sehen.',
    validation: 'Einige Werte wurden nicht akzeptiert. Prüfen Sie sie und versuchen Sie es erneut.',
    validationDetail: (detail) => `Einige Werte wurden nicht akzeptiert: ${detail}`,
    paymentRequired:
      'Ihr Tarif umfasst diese Funktion nicht. Bitten Sie eine Administratorin oder einen Administrator um ein Upgrade.',
    rateLimited: 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es dann erneut.',
    rateLimitedFor: (seconds) =>
      plural('de', seconds, {
        one: 'Zu viele Anfragen. Versuchen Sie es in {count} Sekunde erneut.',
        other: 'Zu viele Anfragen. Versuchen Sie es in {count} Sekunden erneut.',
      }),
    serverDown: 'Der Integrationsdienst antwortet gerade nicht. Versuchen Sie es gleich noch einmal.',
    network:
      'Der Integrationsdienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    badResponse: 'Der Integrationsdienst hat eine unlesbare Antwort gesendet. Versuchen Sie es später erneut.',
    unsafeUrl: 'Der Anmeldelink dieser Integration ist nicht sicher. Wenden Sie sich an den Support.',
    unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  },
};
