import type { Connection, Connector, CustomField, DataScopes, DataScopesResources } from '@integrations-kit/client';
import type { HttpHandler } from 'msw';
import type { Dialect } from './dialect/Dialect.js';
import type { PersistOptions } from './store/persistState.js';

/** Which consent step a `consentUrl` is built for. */
export type ConsentAction = 'authorize' | 'revoke';

/** What `consentUrl` receives to build a connection's `authorize_url` / `revoke_url`. */
export interface ConsentUrlParams {
  action: ConsentAction;
  serviceId: string;
  unifiedApi: string;
  applicationId: string;
  /** The mock's opaque OAuth `state` for this connection (base64url JSON). */
  state: string;
}

/** Custom fields by connection id and resource: `{ 'crm+salesforce': { leads: [...] } }`. */
export type CustomFieldsFixture = Record<string, Record<string, CustomField[]>>;

/** Options of `createVaultMock`. */
export interface VaultMockOptions {
  /** Base URL the handlers answer on. Defaults to `https://unify.apideck.com`. */
  baseUrl?: string;
  /** The application id the session token and `x-apideck-app-id` must carry. Defaults to `ik-demo-app`. */
  appId?: string;
  /** The consumer whose connections the mock holds. Defaults to `acme-user-1`. */
  consumerId?: string;
  /** The consumer's connections; defaults to `fixtures.connections`. */
  connections?: Connection[];
  /** The Connector API catalog; defaults to `fixtures.connectors`. */
  connectors?: Connector[];
  /** Custom fields per connection and resource; defaults to `fixtures.customFields`. */
  customFields?: CustomFieldsFixture;
  /**
   * Maps a connection's OAuth links to a consent page of the host app (MSW cannot intercept popup
   * navigations). Without it the links point at `{baseUrl}/vault/authorize|revoke/…` like the real API.
   */
  consentUrl?: (params: ConsentUrlParams) => string;
  /**
   * The shapes the mock answers in where the contract is loose: `live` (default) what the live
   * Vault API sends, `contract` the contract-ideal reading of `vault.yml`. See `Dialect`.
   */
  dialect?: Dialect;
  /**
   * The application's Data Scopes (what it asks to read and write, or `'*'` with Data Scopes off);
   * defaults to `fixtures.dataScopes[appId]`, and to off for an app without an entry.
   */
  dataScopes?: DataScopes;
  /** Milliseconds every response waits, to see loading states. Defaults to 0. */
  latency?: number;
  /**
   * How `/connector/*` treats the Vault session token: `accept` (default) or `refuse` with 401, as
   * the live Connector API may (it is not documented to take one). The API key is always accepted.
   */
  connectorSessionToken?: 'accept' | 'refuse';
  /** The API key `/connector/*` accepts from a host's back end (`Authorization: Bearer …`). Defaults to `mock-api-key`. */
  apiKey?: string;
  /**
   * Checks every request against `vault.yml` / `connector.yml` (path, query and header parameters,
   * JSON body; no read-only fields) and answers one that breaks it with 422
   * `RequestValidationError`, its reasons in `detail` and on the log entry. Defaults to true.
   */
  validateRequests?: boolean;
  /**
   * Keeps the mock's state across page loads in a storage (`{ storage: sessionStorage }`): the
   * connections changed since the initial set (settings, credentials, mappings, consent), the
   * Data Scopes and spent confirm tokens, saved after every change and put back when a mock with
   * the same key is created. `reset()` forgets it. The request log starts empty on each load.
   */
  persist?: PersistOptions;
}

/** One request the mock's handlers saw. */
export interface RecordedRequest {
  method: string;
  /** URL path, e.g. `/vault/connections/crm/salesforce`. */
  path: string;
  url: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body, the raw text when it is not JSON, `undefined` when empty. */
  body: unknown;
  /**
   * Why the request breaks the contract (it was answered 422), e.g.
   * `header x-apideck-consumer-id is required`, `body /id is readOnly: a request must not send it`.
   * Absent when it conforms or was not checked (`validateRequests: false`, or refused earlier).
   */
  contractErrors?: string[];
}

/** A fault `fail()` injects into the next matching request(s). */
export interface FailOptions {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Exact URL path, or a pattern tested against the path. */
  path: string | RegExp;
  /** Status to answer with; the body is Apideck's error body for it unless `body` is given. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A network error (`HttpResponse.error()`) instead of an HTTP answer. */
  network?: boolean;
  /** How many matching requests fail. Defaults to 1. */
  times?: number;
}

/** The stateful in-memory Vault that `createVaultMock` returns. */
export interface VaultMock {
  /** MSW 2 request handlers for every Vault and Connector endpoint the kit uses. */
  readonly handlers: HttpHandler[];
  /**
   * The mock as a `fetch` function, with no request interception: pass it as the client's or
   * `VaultProvider`'s `fetch` option (its `baseUrl` too). Rejects with a `TypeError`, as `fetch`
   * does, on a simulated network error and on a URL the mock does not serve.
   */
  readonly fetch: typeof fetch;
  readonly baseUrl: string;
  readonly appId: string;
  readonly consumerId: string;
  /** A valid session token for this app and consumer (24 hours). */
  readonly token: string;
  /** The API key `/connector/*` accepts, for tests of a host's Connector API proxy. */
  readonly apiKey: string;
  /** Every request the handlers saw, oldest first (cleared by `reset`). */
  readonly requests: RecordedRequest[];
  /**
   * Back to the initial connections; clears the request log, the consumers' activity log (`GET /vault/logs`), faults, used confirm tokens and
   * `allowContractErrors`.
   */
  reset(): void;
  /**
   * Declares that the current test sends requests the contract forbids on purpose, so
   * `setupVaultServer` does not fail it for them (until the next `reset`).
   */
  allowContractErrors(): void;
  /** Whether `allowContractErrors` was called since the last `reset`. */
  readonly contractErrorsAllowed: boolean;
  /** Makes the next matching request(s) fail with an Apideck error (or a network error). */
  fail(options: FailOptions): void;
  /** The stored connection (secrets included, unlike API answers), or `undefined`. */
  getConnection(unifiedApi: string, serviceId: string): Connection | undefined;
  /** Adds or replaces a connection (matched by `unified_api` and `service_id`). */
  setConnection(connection: Connection): void;
  /**
   * Grants OAuth access as a consent without `nonce` does (the connection becomes authorized or
   * callable at once). Returns false for an unknown connection.
   */
  authorize(unifiedApi: string, serviceId: string): boolean;
  /**
   * The application changes its Data Scopes (`'*'` turns them off): every connection whose consent
   * was `granted` now `requires_reconsent`.
   */
  setDataScopes(resources: DataScopesResources): void;
  /** Revokes OAuth access as `/vault/revoke` does (back to `added`). Returns false for an unknown connection. */
  revoke(unifiedApi: string, serviceId: string): boolean;
  /**
   * The consumer disconnects the app at the provider (not through Vault): the connection becomes
   * `invalid` with health `revoked`. Returns false for an unknown connection.
   */
  revokeAtProvider(unifiedApi: string, serviceId: string): boolean;
  /**
   * The provider starts refusing token refreshes now: health `pending_refresh`, and a check
   * (`POST …/validate`) after `retentionMs` (default 7 days) finds the credentials deleted
   * (`needs_auth`). Returns false for an unknown connection.
   */
  failTokenRefresh(unifiedApi: string, serviceId: string, retentionMs?: number): boolean;
}
