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
/** Derives one status (connected, input-required, invalid, …) from a connection's fields. */
export { getConnectionStatus } from './card/getConnectionStatus.js';
/** A connection's status as a short label in its tone. */
export { ConnectionStatusBadge } from './card/ConnectionStatusBadge.js';
/** An integration's logo, or its initials when the URL is missing, unsafe or broken. */
export { IntegrationIcon } from './card/IntegrationIcon.js';
/** Holds the toasts of everything below it. */
export { ToastProvider } from './toast/ToastProvider.js';
/** Shows the toasts of the surrounding `ToastProvider` in a live region. */
export { Toaster } from './toast/Toaster.js';
/** One toast (title, description, tone, dismiss button). */
export { Toast } from './toast/Toast.js';
/** Shows a toast: `const { toast } = useToast(); toast({ title, tone: 'success' })`. */
export { useToast } from './toast/useToast.js';
/** The one status a person sees for a connection. */
export type { ConnectionStatus } from './card/getConnectionStatus.js';
/** The grid's status filter groups (connected, attention, available, disabled). */
export type { StatusGroup } from './card/statusVariants.js';
/** The colour family of a status. */
export type { StatusTone } from './card/statusVariants.js';
/** Props of `ConnectionStatusBadge`. */
export type { ConnectionStatusBadgeProps } from './card/ConnectionStatusBadge.js';
/** Props of `IntegrationIcon`. */
export type { IntegrationIconProps } from './card/IntegrationIcon.js';
/** What to show in a toast. */
export type { ToastOptions } from './toast/toastStore.js';
/** A toast's tone: success, danger or info. */
export type { ToastTone } from './toast/toastStore.js';
/** What `useToast` returns: `toast(options)` and `dismiss(id?)`. */
export type { ToastApi } from './toast/toastStore.js';
/** Props of `Toast`. */
export type { ToastProps } from './toast/Toast.js';
/** Props of `Toaster`. */
export type { ToasterProps } from './toast/Toaster.js';
/** A forced colour scheme for the kit, or `system`. */
export type { KitTheme } from './lib/KitThemeContext.js';

// --- dialog ---

// --- oauth ---

// --- settings-form / resource-settings ---
