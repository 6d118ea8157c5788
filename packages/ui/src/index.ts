'use client';
// Public face of @integrations-kit/ui. Each feature owner adds exports only inside its own section.

// --- core (grid, card, page, i18n, theming) ---
/** Supplies the kit's strings (a shipped locale plus overrides) to everything below it. */
export { MessagesProvider } from './i18n/MessagesProvider.js';
/** The strings of the nearest `MessagesProvider`, English when there is none. */
export { useMessages } from './i18n/useMessages.js';
/** Every visible string of the kit in English. */
export { enMessages } from './i18n/messages.js';
/** Every visible string of the kit in German. */
export { deMessages } from './i18n/de.js';
/** Merges a partial override into a full messages object. */
export { mergeMessages } from './i18n/mergeMessages.js';
/** Fills `{name}` placeholders in a plain-string template (for JSON translation catalogs). */
export { format } from './i18n/format.js';
/** The shape of all the kit's strings. */
export type { Messages } from './i18n/messages.js';
/** The locales the kit ships: `en` and `de`. */
export type { Locale } from './i18n/messages.js';
/** An override of the kit's strings: any key, at any depth, may be left out. */
export type { DeepPartial } from './i18n/mergeMessages.js';
/** Props of `MessagesProvider`. */
export type { MessagesProviderProps } from './i18n/MessagesProvider.js';

// --- dialog ---

// --- oauth ---

// --- settings-form / resource-settings ---
