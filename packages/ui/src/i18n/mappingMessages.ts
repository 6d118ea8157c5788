import { plural } from './plural.js';

// Strings of the field-mapping view: a connection's mapping targets and the picker over the
// downstream example record.

/** English strings of the field-mapping view. */
export const enMappingMessages = {
  title: 'Field mapping',
  loading: 'Loading field mappings…',
  loadFailed: (reason: string) => `The field mappings could not be loaded. ${reason}`,
  empty: 'There is nothing to map for this connection.',
  required: 'Required',
  notMapped: 'Not mapped',
  needsMapping: 'Needs a mapping',
  stale: 'No longer found in the example record',
  /** The value the mapping reads from the example record now. */
  reads: (value: string) => `Example: ${value}`,
  map: 'Map',
  change: 'Change',
  clear: 'Clear',
  cancel: 'Cancel',
  saving: 'Saving…',
  saved: (label: string) => `${label} is mapped.`,
  cleared: (label: string) => `${label} is no longer mapped.`,
  /** A save or clear that failed: the reason comes from the error description. */
  notSaved: (reason: string) => `The mapping was not saved. ${reason}`,
  /** The picker's tree of the example record, for one target. */
  pickFor: (label: string) => `Fields for ${label}`,
  exampleLoading: 'Loading the example record…',
  exampleFailed: 'The example record could not be loaded.',
  exampleEmpty: 'The example record has no fields.',
  customFields: 'Custom fields',
  search: 'Search fields',
  matches: (count: number) =>
    count === 0
      ? 'No fields match.'
      : plural('en', count, { one: '{count} field matches', other: '{count} fields match' }),
};

/** The shape of the field-mapping view's strings. */
export type MappingMessages = typeof enMappingMessages;

/** German strings of the field-mapping view. */
export const deMappingMessages: MappingMessages = {
  title: 'Feldzuordnung',
  loading: 'Feldzuordnungen werden geladen…',
  loadFailed: (reason) => `Die Feldzuordnungen konnten nicht geladen werden. ${reason}`,
  empty: 'Für diese Verbindung gibt es nichts zuzuordnen.',
  required: 'Pflichtfeld',
  notMapped: 'Nicht zugeordnet',
  needsMapping: 'Braucht eine Zuordnung',
  stale: 'Im Beispieldatensatz nicht mehr vorhanden',
  reads: (value) => `Beispiel: ${value}`,
  map: 'Zuordnen',
  change: 'Ändern',
  clear: 'Entfernen',
  cancel: 'Abbrechen',
  saving: 'Wird gespeichert…',
  saved: (label) => `${label} ist zugeordnet.`,
  cleared: (label) => `${label} ist nicht mehr zugeordnet.`,
  notSaved: (reason) => `Die Zuordnung wurde nicht gespeichert. ${reason}`,
  pickFor: (label) => `Felder für ${label}`,
  exampleLoading: 'Beispieldatensatz wird geladen…',
  exampleFailed: 'Der Beispieldatensatz konnte nicht geladen werden.',
  exampleEmpty: 'Der Beispieldatensatz hat keine Felder.',
  customFields: 'Benutzerdefinierte Felder',
  search: 'Felder durchsuchen',
  matches: (count) =>
    count === 0
      ? 'Kein Feld passt.'
      : plural('de', count, { one: '{count} Feld passt', other: '{count} Felder passen' }),
};
