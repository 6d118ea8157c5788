'use client';
// Public face of @integrations-kit/ui. Each feature owner adds exports only inside its own section.

// --- core (grid, card, page, i18n, theming) ---
/** Supplies the kit's strings (English, or e.g. `de` from `@integrations-kit/ui/locales/de`, plus overrides) to everything below it. */
export { MessagesProvider } from './i18n/MessagesProvider.js';
/** The strings of the nearest `MessagesProvider`, English when there is none. */
export { useMessages } from './i18n/useMessages.js';
/** Every visible string of the kit in English. */
export { enMessages } from './i18n/messages.js';
/** Merges a partial override into a full messages object. */
export { mergeMessages } from './i18n/mergeMessages.js';
/** Fills `{name}` placeholders in a plain-string template (for JSON translation catalogs). */
export { format } from './i18n/format.js';
/** Picks the plural form of a message for a count by the locale's rules and fills its placeholders. */
export { plural } from './i18n/plural.js';
/** A number the way a locale writes it ("10,000", "10.000"), through `Intl.NumberFormat`. */
export { formatNumber } from './i18n/formatNumber.js';
/** The shape of all the kit's strings. */
export type { Messages } from './i18n/messages.js';
/** An override of the kit's strings: any key, at any depth, may be left out. */
export type { DeepPartial } from './i18n/mergeMessages.js';
/** The forms of a counted message, one per plural category (`other` always). */
export type { PluralForms } from './i18n/plural.js';
/** Props of `MessagesProvider`. */
export type { MessagesProviderProps } from './i18n/MessagesProvider.js';
/** The whole integrations page: grid, connection dialog, confirmations and toasts. */
export { IntegrationsPage } from './page/IntegrationsPage.js';
/** The consumer's connections as searchable, filterable cards with every loading and error state. */
export { IntegrationsGrid } from './grid/IntegrationsGrid.js';
/** A connection as a card button: icon, name, unified API, tag line and status. */
export { IntegrationCard } from './card/IntegrationCard.js';
/** Scopes, indexes and sorts connections once so filtering per keystroke is cheap. */
export { indexConnections } from './grid/indexConnections.js';
/** The grid's search, category and status filtering with per-facet counts (pure). */
export { filterConnections } from './grid/filterConnections.js';
/** Props of `IntegrationsPage`. */
export type { IntegrationsPageProps } from './page/IntegrationsPage.js';
/** Mirrors the page's open integration and view to the URL's query string (no router needed). */
export { useIntegrationsUrlState } from './page/useIntegrationsUrlState.js';
/** Options of `useIntegrationsUrlState` (parameter names, push or replace). */
export type { IntegrationsUrlStateOptions } from './page/useIntegrationsUrlState.js';
/** What `useIntegrationsUrlState` returns: `IntegrationsPage` props to spread. */
export type { IntegrationsUrlState } from './page/useIntegrationsUrlState.js';
/** One lifecycle event of `onEvent`: open, close, connect_*, settings_saved, consent_changed, deleted. */
export type { IntegrationEvent } from './events/IntegrationEvent.js';
/** The integration an event is about (`serviceId`, `unifiedApi`). */
export type { IntegrationEventTarget } from './events/IntegrationEvent.js';
/** Why a connect attempt failed: cancelled, popup_blocked, denied, state_mismatch, timeout, error. */
export type { ConnectFailureReason } from './events/IntegrationEvent.js';
/** A dialog section a deep link opens on: settings, resources, consent, health. */
export type { IntegrationView } from './events/IntegrationEvent.js';
/** The consumer shown in the page's consumer card (`consumer` prop, or the session's `consumer_metadata`). */
export type { PageConsumer } from './session/resolvePageSettings.js';
/** Props of `IntegrationsGrid`. */
export type { IntegrationsGridProps } from './grid/IntegrationsGrid.js';
/** Props of `IntegrationCard`. */
export type { IntegrationCardProps } from './card/IntegrationCard.js';
/** A connection with its derived status, category and search text. */
export type { IndexedConnection } from './grid/indexConnections.js';
/** Which connections the grid shows at all (unified APIs, one service). */
export type { ConnectionScope } from './grid/indexConnections.js';
/** The grid's search, category and status choice. */
export type { ConnectionFilters } from './grid/filterConnections.js';
/** What `filterConnections` returns: results and per-facet counts. */
export type { FilteredConnections } from './grid/filterConnections.js';
/** The status filter: a status group or `all`. */
export type { StatusFilter } from './grid/filterConnections.js';
/** Derives one status (connected, input-required, invalid, …) from a connection's fields. */
export { getConnectionStatus } from './connection/getConnectionStatus.js';
/** A connection's status as a short label in its tone. */
export { ConnectionStatusBadge } from './card/ConnectionStatusBadge.js';
/** A connection's health in plain language: a short history and the one action that fixes it. */
export { HealthTimeline } from './health/HealthTimeline.js';
/** A connection's health as data: status, dated events ("2 hours ago") and its fix, for a given time and locale. */
export { getHealthTimeline } from './health/getHealthTimeline.js';
/** The one action that fixes a connection's health (`reconnect`, `test` or `null`), as the badge reads it. */
export { getHealthFix } from './connection/getHealthFix.js';
/** An integration's logo, or its initials when the URL is missing, unsafe or broken. */
export { IntegrationIcon } from './card/IntegrationIcon.js';
/** What a connector offers as badges: beta, early access, webhooks, free trial, sandbox credentials. */
export { ConnectorCapabilities } from './capabilities/ConnectorCapabilities.js';
/** A connector's consumer guide inline as safe markdown, or its link when it cannot be read. */
export { ConnectorGuide } from './capabilities/ConnectorGuide.js';
/** A connection's connector capabilities and guide, read from the Connector API (the dialog's About). */
export { ConnectorDetails } from './capabilities/ConnectorDetails.js';
/** A connector's capability badges as data, in the order the page shows them. */
export { getConnectorCapabilities } from './capabilities/getConnectorCapabilities.js';
/** Holds the toasts of everything below it. */
export { ToastProvider } from './toast/ToastProvider.js';
/** Shows the toasts of the surrounding `ToastProvider` in a live region. */
export { Toaster } from './toast/Toaster.js';
/** One toast (title, description, tone, dismiss button). */
export { Toast } from './toast/Toast.js';
/** Shows a toast: `const { toast } = useToast(); toast({ title, tone: 'success' })`. */
export { useToast } from './toast/useToast.js';
/** The one status a person sees for a connection. */
export type { ConnectionStatus } from './connection/getConnectionStatus.js';
/** The grid's status filter groups (connected, attention, available, disabled). */
export type { StatusGroup } from './connection/statusVariants.js';
/** The colour family of a status. */
export type { StatusTone } from './connection/statusVariants.js';
/** Props of `HealthTimeline`. */
export type { HealthTimelineProps } from './health/HealthTimeline.js';
/** What `getHealthTimeline` returns, and one dated event of it. */
export type { HealthTimeline as HealthTimelineData, HealthEvent } from './health/getHealthTimeline.js';
/** The one action that fixes a connection's health. */
export type { HealthFix } from './connection/getHealthFix.js';
/** Props of `ConnectorCapabilities`. */
export type { ConnectorCapabilitiesProps } from './capabilities/ConnectorCapabilities.js';
/** Props of `ConnectorGuide`, and where its text stands (loading, loaded, failed). */
export type { ConnectorGuideProps, ConnectorGuideStatus } from './capabilities/ConnectorGuide.js';
/** Props of `ConnectorDetails`. */
export type { ConnectorDetailsProps } from './capabilities/ConnectorDetails.js';
/** One capability badge of a connector. */
export type { Capability } from './capabilities/getConnectorCapabilities.js';
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
/** A connection's details in a modal: status, actions menu, sign-in, Settings, Resources, About. */
export { ConnectionDialog } from './dialog/ConnectionDialog.js';
/** A modal yes/no question (an alert dialog: focus on Cancel, no dismiss on outside click) before a destructive action. */
export { ConfirmDialog } from './primitives/ConfirmDialog.js';
/** Turns any error the hooks throw into what happened and what to do, in the user's language. */
export { describeError } from './errors/describeError.js';
/** English strings of the connection dialog (and the error texts of `describeError`). */
export { enDialogMessages } from './i18n/dialogMessages.js';
/** Props of `ConnectionDialog`. */
export type { ConnectionDialogProps } from './dialog/ConnectionDialog.js';
/** An action of the dialog's menu a host can allow: reauthorize, disable, disconnect, delete. */
export type { ConnectionAction } from './connection/connectionActions.js';
/** Props of `ConfirmDialog`. */
export type { ConfirmDialogProps } from './primitives/ConfirmDialog.js';
/** What `describeError` returns: reason, message and whether retrying can help. */
export type { DescribedError } from './errors/describeError.js';
/** The kind of failure `describeError` found (session, permission, not-found, validation, …). */
export type { ErrorReason } from './errors/describeError.js';
/** The shape of the dialog strings. */
export type { DialogMessages } from './i18n/dialogMessages.js';

// --- oauth ---
/** Connects or re-authorizes an OAuth connection (popup, blocked fallback, token grants, gating). */
export { AuthorizeButton } from './oauth/AuthorizeButton.js';
/** Disconnects an OAuth connection after a confirmation, through the provider's revoke flow. */
export { RevokeButton } from './oauth/RevokeButton.js';
/** Your OAuth callback route: hands the result to the opener (exact origin) and closes the popup. */
export { OAuthCallback } from './oauth/OAuthCallback.js';
/** Why a connection cannot be authorized yet (not configured, required settings empty), or `null`. */
export { getAuthorizeBlocker } from './connection/getAuthorizeBlocker.js';
/** Where a connection's data-scope consent stands (`ask`, `refused`, `given`, `none`). */
export { getConsentNeed } from './connection/getConsentNeed.js';
/** A connection's data-scope consent: what the app asks for, Grant/Deny/Revoke and the history. */
export { ConsentView } from './consent/ConsentView.js';
/** The data an app asks for, per resource and field (read, write), or "All data". */
export { ConsentScopes } from './consent/ConsentScopes.js';
/** A connection's consent decisions: who granted or denied access, and when. */
export { ConsentHistory } from './consent/ConsentHistory.js';
/** English strings of the OAuth parts. */
export { enOAuthMessages } from './i18n/oauthMessages.js';
/** Props of `AuthorizeButton`. */
export type { AuthorizeButtonProps } from './oauth/AuthorizeButton.js';
/** Props of `RevokeButton`. */
export type { RevokeButtonProps } from './oauth/RevokeButton.js';
/** Props of `OAuthCallback`. */
export type { OAuthCallbackProps } from './oauth/OAuthCallback.js';
/** What `getAuthorizeBlocker` returns. */
export type { AuthorizeBlocker } from './connection/getAuthorizeBlocker.js';
/** What `getConsentNeed` returns. */
export type { ConsentNeed } from './connection/getConsentNeed.js';
/** Props of `ConsentView`. */
export type { ConsentViewProps } from './consent/ConsentView.js';
/** Props of `ConsentScopes`. */
export type { ConsentScopesProps } from './consent/ConsentScopes.js';
/** Props of `ConsentHistory`. */
export type { ConsentHistoryProps } from './consent/ConsentHistory.js';
/** The shape of the OAuth strings. */
export type { OAuthMessages } from './i18n/oauthMessages.js';

// --- settings-form / resource-settings ---
/** The settings form of one connection, generated from its form fields; saves only what changed. */
export { ConnectionSettingsForm } from './settings-form/ConnectionSettingsForm.js';
/** Default values per configurable resource, with a list that flags resources missing required values. */
export { ResourceSettingsForm } from './resource-settings/ResourceSettingsForm.js';
/** Renders one settings field of any of the 14 types with label, description, badges and error. */
export { FormFieldControl } from './fields/FormFieldControl.js';
/** Normalises the API's field list; broken fields are skipped and unknown types become text, with a warning. */
export { toFieldDefinitions } from './fields/toFieldDefinitions.js';
/** Checks one value like the form does: required first, then the type's format. */
export { validateFieldValue } from './fields/validateFieldValue.js';
/** The settings required for authorization that are still empty (the Authorize button's gate). */
export { getMissingAuthorizationSettings } from './connection/getMissingAuthorizationSettings.js';
/** Guards closing a settings form with unsaved changes behind a "Discard changes?" question. */
export { useDiscardChangesGuard } from './primitives/useDiscardChangesGuard.js';
/** English strings of the settings forms. */
export { enFormMessages } from './i18n/formMessages.js';
/** Props of `ConnectionSettingsForm`. */
export type { ConnectionSettingsFormProps } from './settings-form/ConnectionSettingsForm.js';
/** Props of `ResourceSettingsForm`. */
export type { ResourceSettingsFormProps } from './resource-settings/ResourceSettingsForm.js';
/** Props of `FormFieldControl`. */
export type { FormFieldControlProps } from './fields/FormFieldControl.js';
/** A settings field with every attribute resolved, as `FormFieldControl` takes it. */
export type { FieldDefinition } from './fields/FieldDefinition.js';
/** What is wrong with a field's value (`required`, `email`, `url`, …). */
export type { FieldError } from './fields/validateFieldValue.js';
/** A setting that must be filled in before authorization (id and label). */
export type { MissingAuthorizationSetting } from './connection/getMissingAuthorizationSettings.js';
/** The shape of the settings-form strings. */
export type { FormMessages } from './i18n/formMessages.js';

// --- logs ---
/** One connection's activity log (its requests, errors first, page by page), read with `useConnectionLogs`. */
export { ConnectionActivityLog } from './logs/ConnectionActivityLog.js';
/** An activity log from props: errors-only switch, expandable entries, Show more, empty/loading/failed states. */
export { ActivityLog } from './logs/ActivityLog.js';
/** One request of an activity log, expandable to method, path, status, latency, time and error. */
export { ActivityLogEntry } from './logs/ActivityLogEntry.js';
/** Props of `ConnectionActivityLog`. */
export type { ConnectionActivityLogProps } from './logs/ConnectionActivityLog.js';
/** Props of `ActivityLog`. */
export type { ActivityLogProps } from './logs/ActivityLog.js';
/** Props of `ActivityLogEntry`. */
export type { ActivityLogEntryProps } from './logs/ActivityLogEntry.js';
/** The shape of the activity log's strings. */
export type { LogsMessages } from './i18n/logsMessages.js';

// --- field mapping ---
/** A connection's field mapping: targets by resource, what each reads, a picker to map, change or clear. */
export { FieldMappingView } from './mapping/FieldMappingView.js';
/** A downstream example record as a keyboard-operable, searchable tree to pick a field's JSONPath from. */
export { MappingTree } from './mapping/MappingTree.js';
/** Props of `FieldMappingView`. */
export type { FieldMappingViewProps } from './mapping/FieldMappingView.js';
/** Props of `MappingTree`. */
export type { MappingTreeProps } from './mapping/MappingTree.js';
/** The shape of the field-mapping view's strings. */
export type { MappingMessages } from './i18n/mappingMessages.js';
