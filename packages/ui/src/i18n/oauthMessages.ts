// Strings that carry values are functions so an override stays type-checked and can reorder words.

const englishList = (items: string[]) =>
  new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items);
const germanList = (items: string[]) => new Intl.ListFormat('de', { style: 'long', type: 'conjunction' }).format(items);

/** English strings of the oauth feature; every visible string of it lives here. */
export const enOAuthMessages = {
  connect: (name: string) => `Connect ${name}`,
  reauthorize: 'Re-authorize',
  waiting: (name: string) => `Waiting for ${name}…`,
  connecting: (name: string) => `Connecting ${name}…`,
  cancel: 'Cancel',
  blocked: (name: string) => `Your browser blocked the ${name} sign-in window.`,
  continueHere: 'Continue in this tab',
  needsConfiguration: (name: string) => `${name} is not configured yet; ask an admin.`,
  fillInFirst: (labels: string[]) => `Fill in ${englishList(labels)} first.`,
  /** Shown instead of Connect once signed in while required settings are empty (labels may be empty). */
  finishSettings: (name: string, labels: string[]) =>
    `Signed in to ${name}. Fill in ${labels.length ? englishList(labels) : 'the required settings'} below to finish.`,
  connected: (name: string) => `${name} connected`,
  /** The toast after a sign-in that left the connection waiting for required settings. */
  signedIn: (name: string) => `Signed in to ${name}: finish the settings to start syncing`,
  connectFailed: (name: string) => `Couldn't connect ${name}`,
  denied: (name: string) => `Access to ${name} was declined. Connect again when you are ready.`,
  providerError: (name: string, detail: string) => `${name} reported a problem: ${detail}`,
  incomplete: (name: string) => `The sign-in to ${name} did not finish. Start again.`,
  revoke: {
    button: 'Disconnect',
    title: (name: string) => `Disconnect ${name}?`,
    body: (name: string) => `${name} stops syncing until you connect it again. Your settings are kept.`,
    confirm: (name: string) => `Disconnect ${name}`,
    cancel: 'Cancel',
    pending: (name: string) => `Disconnecting ${name}…`,
    done: (name: string) => `${name} disconnected`,
    blocked: (name: string) =>
      `Your browser blocked the window to disconnect ${name}. Allow pop-ups for this site and try again.`,
    failed: (name: string) => `Couldn't disconnect ${name}`,
  },
  callback: {
    working: 'Finishing sign-in…',
    done: 'You can close this window.',
    error: 'Sign-in did not complete. You can close this window.',
    denied: 'Access was declined. You can close this window.',
    noOpener:
      'This window was not opened by the app, so the sign-in cannot be passed back. Close it and start again from the app.',
  },
};

/** The shape of the oauth strings (a host may override any of them). */
export type OAuthMessages = typeof enOAuthMessages;

/** German strings of the oauth feature. */
export const deOAuthMessages: OAuthMessages = {
  connect: (name) => `${name} verbinden`,
  reauthorize: 'Neu autorisieren',
  waiting: (name) => `Warten auf ${name}…`,
  connecting: (name) => `${name} wird verbunden…`,
  cancel: 'Abbrechen',
  blocked: (name) => `Ihr Browser hat das Anmeldefenster von ${name} blockiert.`,
  continueHere: 'In diesem Tab fortfahren',
  needsConfiguration: (name) =>
    `${name} ist noch nicht eingerichtet; wenden Sie sich an eine Administratorin oder einen Administrator.`,
  fillInFirst: (labels) => `Füllen Sie zuerst ${germanList(labels)} aus.`,
  finishSettings: (name, labels) =>
    `Bei ${name} angemeldet. Füllen Sie unten ${labels.length ? germanList(labels) : 'die erforderlichen Einstellungen'} aus, um die Einrichtung abzuschließen.`,
  connected: (name) => `${name} verbunden`,
  signedIn: (name) => `Bei ${name} angemeldet: Schließen Sie die Einstellungen ab, um die Synchronisierung zu starten`,
  connectFailed: (name) => `${name} konnte nicht verbunden werden`,
  denied: (name) => `Der Zugriff auf ${name} wurde abgelehnt. Verbinden Sie erneut, sobald Sie so weit sind.`,
  providerError: (name, detail) => `${name} meldet ein Problem: ${detail}`,
  incomplete: (name) => `Die Anmeldung bei ${name} wurde nicht abgeschlossen. Starten Sie erneut.`,
  revoke: {
    button: 'Trennen',
    title: (name) => `${name} trennen?`,
    body: (name) =>
      `${name} synchronisiert nicht mehr, bis Sie die Verbindung wiederherstellen. Ihre Einstellungen bleiben erhalten.`,
    confirm: (name) => `${name} trennen`,
    cancel: 'Abbrechen',
    pending: (name) => `${name} wird getrennt…`,
    done: (name) => `${name} getrennt`,
    blocked: (name) =>
      `Ihr Browser hat das Fenster zum Trennen von ${name} blockiert. Erlauben Sie Pop-ups für diese Seite und versuchen Sie es erneut.`,
    failed: (name) => `${name} konnte nicht getrennt werden`,
  },
  callback: {
    working: 'Anmeldung wird abgeschlossen…',
    done: 'Sie können dieses Fenster schließen.',
    error: 'Die Anmeldung wurde nicht abgeschlossen. Sie können dieses Fenster schließen.',
    denied: 'Der Zugriff wurde abgelehnt. Sie können dieses Fenster schließen.',
    noOpener:
      'Dieses Fenster wurde nicht von der App geöffnet, daher kann die Anmeldung nicht übergeben werden. Schließen Sie es und starten Sie erneut in der App.',
  },
};
