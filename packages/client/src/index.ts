/** Creates the typed Vault + Connector client for one session token. */
export { createVaultClient } from './client/createVaultClient.js';
/** The URL that starts a connection's OAuth consent (its `authorize_url` plus redirect, nonce, scope). */
export { buildAuthorizeUrl } from './urls/buildAuthorizeUrl.js';
/** The URL that revokes a connection's OAuth grant (its `revoke_url` plus redirect). */
export { buildRevokeUrl } from './urls/buildRevokeUrl.js';
/** Whether a URL may be opened or linked: https, http on localhost, `data:image/…` when allowed. */
export { isSafeUrl } from './urls/isSafeUrl.js';
/** Reads a session token's `application_id`, `consumer_id` and `exp` claims (no signature check). */
export { decodeSessionToken } from './session/decodeSessionToken.js';
/** Reads a session token's display claims (`settings`, `theme`, `consumer_metadata`), dropping malformed ones with a warning. */
export { decodeSessionSettings } from './session/decodeSessionSettings.js';
/** A connection in the one shape the kit reads, whichever dialect the API answered in (timestamps, fields). */
export { normalizeConnection } from './client/normalizeConnection.js';
/** A form field in the one shape the kit reads (`filter` as the parent field id, options with `option_type`). */
export { normalizeFormField } from './client/normalizeFormField.js';
/** The steps of a custom mapping's JSONPath (keys, indexes, custom-field finders), or `undefined` outside the dialect. */
export { parseJsonPath } from './mappings/jsonPath.js';
/** The JSONPath of keys, indexes and finders in the mappings' dialect (no escapes: `undefined` when a key holds both quotes). */
export { toJsonPath } from './mappings/jsonPath.js';
/** A mapping's JSONPath spelled as `toJsonPath` writes it, so two spellings of one path compare equal. */
export { canonicalJsonPath } from './mappings/jsonPath.js';
/** What a mapping's JSONPath reads from a record (own keys only), or `undefined` when it leads nowhere. */
export { resolveJsonPath } from './mappings/jsonPath.js';
/** Base class of every error the client throws on purpose. */
export { VaultError } from './errors/VaultError.js';
/** The API answered with a non-2xx status; carries `status`, Apideck's `body` and `retryAfter`. */
export { VaultApiError } from './errors/VaultApiError.js';
/** The request got no HTTP answer (offline, DNS, CORS). */
export { VaultNetworkError } from './errors/VaultNetworkError.js';
/** A 2xx answer whose body lacks the expected `data`. */
export { VaultResponseError } from './errors/VaultResponseError.js';
/** A URL was missing or not safe to open. */
export { UnsafeUrlError } from './errors/UnsafeUrlError.js';
/** Whether a value is one of the client's errors. */
export { isVaultError } from './errors/isVaultError.js';

/** Which error class an error is (`api`, `network`, `response`, `unsafe-url`). */
export type { VaultErrorKind } from './errors/VaultError.js';
/** Apideck's error body as carried by `VaultApiError`. */
export type { VaultApiErrorBody } from './errors/VaultApiError.js';
/** Claims `decodeSessionToken` reads. */
export type { SessionTokenClaims } from './session/decodeSessionToken.js';
/** The validated display settings `decodeSessionSettings` returns. */
export type { SessionSettings } from './session/decodeSessionSettings.js';
/** An action a session may allow on a connection: `delete`, `disconnect`, `reauthorize`, `disable`. */
export type { SessionAction } from './session/decodeSessionSettings.js';
/** One step of a mapping's JSONPath: a key, an index or a custom-field finder. */
export type { PathStep } from './mappings/jsonPath.js';
/** A key step of a mapping's JSONPath: an object key or an array index. */
export type { PathKey } from './mappings/jsonPath.js';
/** A finder step of a mapping's JSONPath: the first array item whose `where` key reads as `equals`. */
export type { PathFinder } from './mappings/jsonPath.js';
/** Options of `buildAuthorizeUrl`. */
export type { AuthorizeUrlOptions } from './urls/buildAuthorizeUrl.js';
/** A consumer's connection to one integration. */
export type { Connection } from './types.js';
/** The writable part of a connection. */
export type { ConnectionInput } from './types.js';
/** Where a connection stands in the Vault state flow. */
export type { ConnectionState } from './types.js';
/** Whether the integration is configured on the application side. */
export type { IntegrationState } from './types.js';
/** How a connector authenticates. */
export type { AuthType } from './types.js';
/** The OAuth grant a connector uses. */
export type { OAuthGrantType } from './types.js';
/** Operational health of a connection. */
export type { ConnectionHealth } from './types.js';
/** What a connection check (`connections.validate`) answers: id and state after the check. */
export type { ConnectionValidation } from './types.js';
/** Where a connection's data-scope consent stands. */
export type { ConsentState } from './types.js';
/** What an application reads and writes, per resource and field, or `'*'` for all data. */
export type { DataScopesResources } from './types.js';
/** One consent decision (`created_at` in epoch milliseconds). */
export type { ConsentRecord } from './types.js';
/** An application's Data Scopes (`updated_at` in epoch milliseconds). */
export type { DataScopes } from './types.js';
/** Body of a consent update. */
export type { UpdateConsentRequest } from './types.js';
/** Body of a connection import. */
export type { ConnectionImportData } from './types.js';
/** Body of a session creation. */
export type { Session } from './types.js';
/** One request in the consumer's log (`timestamp` in epoch milliseconds). */
export type { LogEntry } from './types.js';
/** Filter of the consumer's request log (path, status codes, date range). */
export type { LogsFilter } from './types.js';
/** A custom field found on a resource of the downstream connector. */
export type { CustomField } from './types.js';
/** A mapping target of a unified resource and the JSONPath it reads from the downstream record. */
export type { CustomMapping } from './types.js';
/** A downstream example record of a resource, which mappings read from. */
export type { ResourceExample } from './types.js';
/** Identifies a resource of a connection. */
export type { ResourceRef } from './types.js';
/** Identifies one mapping target of a connection. */
export type { MappingRef } from './types.js';
/** One option of a select-like field. */
export type { FormFieldOption } from './types.js';
/** A simple option of a select-like field. */
export type { SimpleFormFieldOption } from './types.js';
/** A group of options of a select-like field. */
export type { FormFieldOptionGroup } from './types.js';
/** Every form-field type the kit knows: the contract's and the live API's. */
export type { FormFieldType } from './types.js';
/** The form-field types the contract lists. */
export type { ContractFormFieldType } from './types.js';
/** The form-field types the live API sends beyond the contract. */
export type { LiveFormFieldType } from './types.js';
/** A settings field of a connection. */
export type { FormField } from './types.js';
/** A value a setting can hold. */
export type { SettingValue } from './types.js';
/** One resource's configuration entry on a connection. */
export type { ResourceConfiguration } from './types.js';
/** A resource setting with its default. */
export type { ResourceSetting } from './types.js';
/** A connector from the Connector API catalog. */
export type { Connector } from './types.js';
/** A connector's setting declaration. */
export type { ConnectorSetting } from './types.js';
/** Filter for `connectors.list`. */
export type { ConnectorsFilter } from './types.js';
/** A connector's lifecycle status. */
export type { ConnectorStatus } from './types.js';
/** Paging cursors and page size of a list response. */
export type { PageMeta } from './types.js';
/** Identifies one connection: its unified API and its service. */
export type { ConnectionRef } from './types.js';
/** Options every request accepts (`signal`). */
export type { RequestOptions } from './types.js';
/** One page of a cursor-paged list. */
export type { Page } from './types.js';
/** Options of `createVaultClient`. */
export type { VaultClientOptions } from './types.js';
/** The typed Vault + Connector client. */
export type { VaultClient } from './types.js';
