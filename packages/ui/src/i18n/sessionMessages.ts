// Strings of the parts the session's settings add to the page: sandbox banner, consumer card, footer.

/** English strings of the session's page parts. */
export const enSessionMessages = {
  sandbox: 'Sandbox',
  sandboxNote: 'This is a test environment: connections made here do not reach live data.',
  consumer: 'Signed in as',
  privacy: 'Privacy policy',
  terms: 'Terms of service',
  legal: 'Legal',
  newTab: '(opens in a new tab)',
};

/** The shape of the session's page strings. */
export type SessionMessages = typeof enSessionMessages;

/** German strings of the session's page parts. */
export const deSessionMessages: SessionMessages = {
  sandbox: 'Sandbox',
  sandboxNote: 'Dies ist eine Testumgebung: Verbindungen, die Sie hier herstellen, erreichen keine echten Daten.',
  consumer: 'Angemeldet als',
  privacy: 'Datenschutzerklärung',
  terms: 'Nutzungsbedingungen',
  legal: 'Rechtliches',
  newTab: '(öffnet in einem neuen Tab)',
};
