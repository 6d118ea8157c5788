'use client';
// Public face of @integrations-kit/hooks: TanStack Query hooks and OAuth flows for Apideck Vault.

/** Makes a Vault session (client, token refresh, cache) available to the hooks below it. */
export { VaultProvider } from './provider/VaultProvider.js';
/** The provider's session-aware Vault client (for prefetching with the `…QueryOptions` factories). */
export { useVaultClient } from './provider/useVaultClient.js';
/** The session token's display settings (settings, theme, consumer), following token refreshes. */
export { useSession } from './provider/useSession.js';

/** Query keys of one session: `['vault', baseUrl, appId, consumerId, …]`. */
export { vaultKeys } from './query/vaultKeys.js';
/** The kit's read retry rule: 429, 5xx and network failures, at most 3 times; never other 4xx. */
export { shouldRetryVaultQuery } from './query/shouldRetryVaultQuery.js';
/** Delay before a read retry: the server's `Retry-After`, else exponential backoff. */
export { vaultRetryDelay } from './query/vaultRetryDelay.js';
/** Query options for the consumer's connections (for `useQuery`, prefetching, `ensureQueryData`). */
export { connectionsQueryOptions } from './connections/connectionsQueryOptions.js';
/** Query options for one connection. */
export { connectionQueryOptions } from './connections/connectionQueryOptions.js';
/** Infinite-query options for the connector catalog (cursor paging). */
export { connectorsInfiniteQueryOptions } from './connectors/connectorsInfiniteQueryOptions.js';
/** Infinite-query options for one connection's activity log (`GET /vault/logs` narrowed to its path). */
export { connectionLogsInfiniteQueryOptions } from './logs/connectionLogsInfiniteQueryOptions.js';
/** Query options for one connector. */
export { connectorQueryOptions } from './connectors/connectorQueryOptions.js';
/** Query options for one of a connector's docs (its markdown text). */
export { connectorDocQueryOptions } from './connectors/connectorDocQueryOptions.js';
/** Query options for a connection's settings of one resource. */
export { resourceSettingsQueryOptions } from './resource-settings/resourceSettingsQueryOptions.js';
/** Query options for a resource's custom fields. */
export { customFieldsQueryOptions } from './resource-settings/customFieldsQueryOptions.js';
/** Query options for a connection's consent history (for prefetching). */
export { consentQueryOptions } from './consent/consentQueryOptions.js';
/** Query options for every mapping target of a connection. */
export { mappingsQueryOptions } from './mappings/mappingsQueryOptions.js';
/** Query options for a downstream example record of a resource. */
export { resourceExampleQueryOptions } from './mappings/resourceExampleQueryOptions.js';
/** Reads a connection's detail (and its connector when its settings need it) ahead of opening it. */
export { prefetchConnection } from './connections/prefetchConnection.js';

/** The consumer's connections, optionally filtered. */
export { useConnections } from './connections/useConnections.js';
/** One connection, with the list's entry as placeholder while it loads. */
export { useConnection } from './connections/useConnection.js';
/** A stable function reading a connection ahead, for a card's hover and focus. */
export { usePrefetchConnection } from './connections/usePrefetchConnection.js';
/** The connector catalog as an infinite query. */
export { useConnectors } from './connectors/useConnectors.js';
/** One connection's activity log, newest first, page by page; a failed page keeps the loaded ones. */
export { useConnectionLogs } from './logs/useConnectionLogs.js';
/** One connector of the catalog. */
export { useConnector } from './connectors/useConnector.js';
/** One of a connector's docs as markdown text, e.g. its consumer connection guide. */
export { useConnectorDoc } from './connectors/useConnectorDoc.js';
/** A connection's settings for one resource. */
export { useResourceSettings } from './resource-settings/useResourceSettings.js';
/** The custom fields of a resource of the downstream connector. */
export { useCustomFields } from './resource-settings/useCustomFields.js';
/** A connection's data-scope consent history, newest first. */
export { useConsent } from './consent/useConsent.js';
/** Grants, denies or revokes a connection's data-scope consent; `consent_state` follows in every cache. */
export { useUpdateConsent } from './consent/useUpdateConsent.js';
/** Every mapping target of a connection with its JSONPath (`null` when unmapped). */
export { useCustomMappings } from './mappings/useCustomMappings.js';
/** A downstream example record of a resource, which mappings read from. */
export { useResourceExample } from './mappings/useResourceExample.js';
/** Maps a target onto a JSONPath (creating or updating as the cache shows); list and connection caches follow. */
export { useSaveMapping } from './mappings/useSaveMapping.js';
/** Clears a target's mapping; it stays listed with `value: null`. */
export { useClearMapping } from './mappings/useClearMapping.js';

/** Adds a connection; the result goes into detail and list caches. */
export { useCreateConnection } from './connections/useCreateConnection.js';
/** Updates a connection with only the given fields; the result goes into detail and list caches. */
export { useUpdateConnection } from './connections/useUpdateConnection.js';
/** Deletes a connection; lists show it reset to `available`. */
export { useDeleteConnection } from './connections/useDeleteConnection.js';
/** Imports a connection's externally obtained credentials. */
export { useImportConnection } from './connections/useImportConnection.js';
/** Fetches the token of a `client_credentials` / `password` grant connection. */
export { useConnectionToken } from './connections/useConnectionToken.js';
/** Finishes an OAuth consent with its `confirm_token`. */
export { useConfirmConnection } from './connections/useConfirmConnection.js';
/** "Test connection": checks the stored credentials and writes the connection read after the check into every cache. */
export { useValidateConnection } from './connections/useValidateConnection.js';
/** Saves a connection's settings for one resource. */
export { useUpdateResourceSettings } from './resource-settings/useUpdateResourceSettings.js';
/** Enables or disables a connection optimistically, rolling back on failure. */
export { useToggleConnection } from './connections/useToggleConnection.js';

/** Connects an OAuth connection in a popup (or the same tab), or by token for non-interactive grants. */
export { useAuthorize } from './oauth/useAuthorize.js';
/** Revokes a connection's OAuth grant in a popup. */
export { useRevoke } from './oauth/useRevoke.js';
/** Finishes the same-tab OAuth flow on the redirect URI. */
export { useOAuthRedirectResult } from './oauth/useOAuthRedirectResult.js';
/** For the OAuth callback page: hands the result to the opener and closes the popup. */
export { handleOAuthCallback } from './oauth/handleOAuthCallback.js';
/** For the OAuth callback page: whether it is the return of this tab's own same-tab flow. */
export { isSameTabCallback } from './oauth/isSameTabCallback.js';
/** `type` of the message the callback page posts to the opener. */
export { OAUTH_MESSAGE_TYPE } from './oauth/oauthMessage.js';
/** The OAuth round trip ended without a connection (declined, provider error, mismatched result). */
export { OAuthError } from './oauth/OAuthError.js';
/** A 401 that could not be refreshed; a `VaultApiError` with status 401. */
export { SessionExpiredError } from './errors/SessionExpiredError.js';
/** Whether an error reports an expired session. */
export { isSessionExpiredError } from './errors/SessionExpiredError.js';
/** `getToken` did not settle in time after a 401; trying again can help. */
export { SessionRefreshTimeoutError } from './errors/SessionRefreshTimeoutError.js';
/** Whether an error reports a `getToken` that did not settle in time. */
export { isSessionRefreshTimeoutError } from './errors/SessionRefreshTimeoutError.js';
/** "Test connection" was answered but left the connection not `callable`; carries its `state`. */
export { ConnectionValidationError } from './errors/ConnectionValidationError.js';

/** Props of `VaultProvider`. */
export type { VaultProviderProps } from './provider/VaultProvider.js';
/** The keys `vaultKeys` returns for one session. */
export type { VaultKeys } from './query/vaultKeys.js';
/** Filters of `useConnections`. */
export type { ConnectionsParams } from './query/params.js';
/** Filters of `useConnectors`. */
export type { ConnectorsParams } from './query/params.js';
/** Filters of `useConnectionLogs`: errors only, status codes, date range, page size. */
export type { ConnectionLogsParams } from './query/params.js';
/** One resource of one connection. */
export type { ResourceRef } from './query/params.js';
/** A resource (or one record of it) whose custom fields to list. */
export type { CustomFieldsRef } from './query/params.js';
/** Base URL, app and consumer: what scopes a cache. */
export type { VaultScope } from './query/params.js';
/** Options a query hook accepts: `useQuery`'s (`select`, `staleTime`, `enabled`, …) minus those it owns. */
export type { VaultQueryHookOptions } from './query/hookOptions.js';
/** Options `useConnectors` accepts: `useInfiniteQuery`'s minus the key, request and paging it owns. */
export type { VaultInfiniteQueryHookOptions } from './query/hookOptions.js';
/** Options a mutation hook accepts: `useMutation`'s callbacks, `retry`, `meta`, …; its cache writes run first. */
export type { VaultMutationHookOptions } from './query/hookOptions.js';
/** Variables of `useCreateConnection` and `useUpdateConnection`. */
export type { ConnectionWriteVariables } from './connections/useCreateConnection.js';
/** Variables of `useImportConnection`. */
export type { ImportConnectionVariables } from './connections/useImportConnection.js';
/** Variables of `useToggleConnection`. */
export type { ToggleConnectionVariables } from './connections/useToggleConnection.js';
/** Variables of `useConfirmConnection`. */
export type { ConfirmConnectionVariables } from './connections/useConfirmConnection.js';
/** Variables of `useUpdateResourceSettings`. */
export type { UpdateResourceSettingsVariables } from './resource-settings/useUpdateResourceSettings.js';
/** Variables of `useUpdateConsent`. */
export type { UpdateConsentVariables } from './consent/useUpdateConsent.js';
/** Variables of `useSaveMapping`. */
export type { SaveMappingVariables } from './mappings/useSaveMapping.js';
/** Options of `useAuthorize`. */
export type { UseAuthorizeOptions } from './oauth/useAuthorize.js';
/** What `useAuthorize` returns. */
export type { UseAuthorizeResult } from './oauth/useAuthorize.js';
/** Where an OAuth flow stands: `idle`, `pending`, `success`, `error` or `blocked`. */
export type { AuthorizeStatus } from './oauth/popupFlow.js';
/** Why a flow went back to `idle` (`cancelled`). */
export type { AuthorizeOutcome } from './oauth/popupFlow.js';
/** What `useRevoke` returns. */
export type { UseRevokeResult } from './oauth/useRevoke.js';
/** Options of `useRevoke`: the callback page and the outcome callbacks. */
export type { UseRevokeOptions } from './oauth/useRevoke.js';
/** What `useOAuthRedirectResult` returns. */
export type { OAuthRedirectResult } from './oauth/useOAuthRedirectResult.js';
/** What `handleOAuthCallback` found and did. */
export type { OAuthCallbackResult } from './oauth/handleOAuthCallback.js';
/** The message the callback page posts to the opener. */
export type { OAuthCallbackMessage } from './oauth/oauthMessage.js';
