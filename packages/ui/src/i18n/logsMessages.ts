// Strings of a connection's activity log. `when` is a date and time in the catalog's locale.

/** English strings of the activity log. */
export const enLogsMessages = {
  title: 'Activity',
  errorsOnly: 'Errors only',
  loading: 'Loading activity…',
  empty: 'No activity yet.',
  noErrors: 'No failed requests.',
  loadFailed: 'The activity could not be loaded.',
  pageFailed: (reason: string) => `More activity could not be loaded. ${reason}`,
  more: 'Show more',
  loadingMore: 'Loading more…',
  failed: 'Failed',
  fields: {
    method: 'Method',
    path: 'Path',
    status: 'Status',
    latency: 'Latency',
    time: 'Time',
    error: 'Error',
  },
  milliseconds: (ms: string) => `${ms} ms`,
};

/** The shape of the activity log's strings. */
export type LogsMessages = typeof enLogsMessages;

/** German strings of the activity log. */
export const deLogsMessages: LogsMessages = {
  title: 'Aktivität',
  errorsOnly: 'Nur Fehler',
  loading: 'Aktivität wird geladen…',
  empty: 'Noch keine Aktivität.',
  noErrors: 'Keine fehlgeschlagenen Anfragen.',
  loadFailed: 'Die Aktivität konnte nicht geladen werden.',
  pageFailed: (reason) => `Weitere Aktivität konnte nicht geladen werden. ${reason}`,
  more: 'Mehr anzeigen',
  loadingMore: 'Weitere werden geladen…',
  failed: 'Fehlgeschlagen',
  fields: {
    method: 'Methode',
    path: 'Pfad',
    status: 'Status',
    latency: 'Latenz',
    time: 'Zeit',
    error: 'Fehler',
  },
  milliseconds: (ms) => `${ms} ms`,
};
