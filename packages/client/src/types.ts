import type { components as VaultComponents } from './generated/vault.js';
import type { components as ConnectorComponents } from './generated/connector.js';

type VaultSchemas = VaultComponents['schemas'];
type ConnectorSchemas = ConnectorComponents['schemas'];

/**
 * A consumer's connection to one integration, as the client hands it out: the contract's
 * `Connection` with its `form_fields` read as the kit's `FormField` (live field types, filters) and
 * its consent fields normalised (`ConsentRecord`, `DataScopes`).
 */
export type Connection = Omit<
  VaultSchemas['Connection'],
  'form_fields' | 'consents' | 'latest_consent' | 'application_data_scopes'
> & {
  form_fields?: FormField[];
  readonly consents?: ConsentRecord[];
  latest_consent?: ConsentRecord;
  application_data_scopes?: DataScopes;
};
/** The writable part of a connection (`PATCH`/`POST` body). */
export type ConnectionInput = Pick<
  Connection,
  'enabled' | 'settings' | 'metadata' | 'configuration' | 'custom_mappings' | 'consent_state'
>;
/** Where a connection stands in the Vault state flow. */
export type ConnectionState = VaultSchemas['ConnectionState'];
/** Whether the integration is configured on the application side. */
export type IntegrationState = VaultSchemas['IntegrationState'];
/** How a connector authenticates. */
export type AuthType = VaultSchemas['AuthType'];
/** The OAuth grant a connector uses. */
export type OAuthGrantType = VaultSchemas['OAuthGrantType'];
/** Operational health of a connection. */
export type ConnectionHealth = VaultSchemas['ConnectionHealth'];
/** What `POST …/validate` answers: the connection's id and its state after the check. */
export interface ConnectionValidation {
  id: string;
  state: ConnectionState;
}
/** Where a connection's data-scope consent stands (`implicit` when the application has Data Scopes off). */
export type ConsentState = VaultSchemas['ConsentState'];
/**
 * What an application reads and writes: per resource (`crm.contacts`) and field path
 * (`addresses[].street`) a `{ read, write }` pair, or `'*'` when Data Scopes is off (all data).
 */
export type DataScopesResources = VaultSchemas['DataScopesResources'];
/**
 * One consent decision, as the client hands it out. Hand-shaped because the contract's
 * `created_at` is an ISO string: here it is epoch milliseconds like every other timestamp the
 * client hands out, and absent when the API sent one that cannot be read.
 */
export type ConsentRecord = Omit<VaultSchemas['ConsentRecord'], 'created_at'> & { readonly created_at?: number };
/**
 * An application's Data Scopes, as the client hands it out: `updated_at` as epoch milliseconds
 * (the contract's is ISO), and `resources` always present (`'*'` when Data Scopes is off).
 */
export type DataScopes = Omit<VaultSchemas['DataScopes'], 'updated_at' | 'resources'> & {
  readonly updated_at?: number;
  resources: DataScopesResources;
};
/** Body of `PATCH …/consent`: grant (`granted: true`) or deny/revoke (`false`) these resources. */
export type UpdateConsentRequest = VaultSchemas['UpdateConsentRequest'];
/** Body of `POST …/import`. */
export type ConnectionImportData = VaultSchemas['ConnectionImportData'];
/** Body of the create-session request (`createSession` in `@integrations-kit/client/server`). */
export type Session = VaultSchemas['Session'];
/**
 * A target field of a unified resource that a consumer maps onto their own downstream data, as the
 * client hands it out. Hand-shaped because the contract leaves every member optional: here `id`,
 * `key`, `label` and `resource` are always present (`resource` is read from the id,
 * `{unified_api}+{resource}+{key}`), `value` is the JSONPath into the downstream record (`null` when
 * unmapped), `required` and `custom_field` are booleans.
 */
export type CustomMapping = Omit<
  VaultSchemas['CustomMapping'],
  'id' | 'key' | 'label' | 'value' | 'required' | 'custom_field' | 'description' | 'example'
> & {
  readonly id: string;
  readonly key: string;
  readonly label: string;
  /** The unified resource the target belongs to, e.g. `employees`. */
  readonly resource: string;
  readonly description: string | null;
  /** JSONPath into the downstream record, e.g. `$.root.training.first_aid`; `null` when unmapped. */
  value: string | null;
  readonly required: boolean;
  /** The target is a finder for one of the resource's custom fields. */
  readonly custom_field: boolean;
  /** The mapped value in a downstream example, as text, when the API sent one. */
  readonly example: string | null;
};
/**
 * A downstream example record of a resource (`GET …/{resource}/example`): the record as the
 * connector returns it, which a mapping's JSONPath (`$.…`) reads from. `{}` when none was sent.
 */
export type ResourceExample = Record<string, unknown>;
/** Identifies a resource of a connection, e.g. `{ unifiedApi: 'hris', serviceId: 'bamboohr', resource: 'employees' }`. */
export interface ResourceRef extends ConnectionRef {
  resource: string;
}
/** Identifies one mapping target of a connection, e.g. `hris+employees+first_aid_training`. */
export interface MappingRef extends ConnectionRef {
  targetFieldId: string;
}
/** A custom field found on a resource of the downstream connector. */
export type CustomField = VaultSchemas['CustomFieldFinder'];
/** One option of a select-like field: simple or a group of simple options. */
export type FormFieldOption = VaultSchemas['FormFieldOption'];
/** A simple option (`option_type: simple`). */
export type SimpleFormFieldOption = VaultSchemas['SimpleFormFieldOption'];
/** An option group (`option_type: group`). */
export type FormFieldOptionGroup = VaultSchemas['FormFieldOptionGroup'];
/** Every form-field type the contract lists. */
export type ContractFormFieldType = NonNullable<VaultSchemas['FormField']['type']>;

/**
 * Form-field types the live API sends beyond the contract's enum (hand-written: the contract lacks them):
 * `copy` (a read-only value to copy), `info` (a note, no input), `location`, `phone`, `boolean`
 * and `hidden` (never shown, its value kept).
 */
export type LiveFormFieldType = 'copy' | 'info' | 'location' | 'phone' | 'boolean' | 'hidden';

/**
 * Every form-field type the kit knows: the contract's and the live API's. A field may still carry
 * a newer type at run time; the ui renders that one as text.
 */
export type FormFieldType = ContractFormFieldType | LiveFormFieldType;

/**
 * A settings field of a connection, as the client hands it out (normalised).
 *
 * Hand-extended because the contract's `FormField` lacks what the live API sends with it:
 * the stored `value`, `filter` (the sibling field whose value selects a `filtered-select`'s
 * option group; the live API sends `{ key: 'id', value: '<field id>' }`, the client hands out the
 * field id), `options` on `filtered-select` fields, and the live field types.
 */
export type FormField = Omit<VaultSchemas['FormField'], 'type'> & {
  type?: FormFieldType;
  value?: SettingValue;
  filter?: string;
};

/** A value a setting can hold. */
export type SettingValue = string | number | boolean | Array<string | number> | null;

/** One resource's configuration entry on a connection (`configuration[]`). */
export type ResourceConfiguration = NonNullable<Connection['configuration']>[number];

/**
 * A resource setting with its default, read from `…/{resource}/config`.
 *
 * The contract's `defaults` entries carry only `id`, `options`, `value` and `target`; the live
 * API also sends the field's label, type, description and required flag, so they are optional here.
 */
export type ResourceSetting = FormField & {
  target?: 'custom_fields' | 'resource';
};

/** A connector from the Connector API catalog. */
export type Connector = ConnectorSchemas['Connector'];
/** A connector's setting declaration (id, label, type). */
export type ConnectorSetting = ConnectorSchemas['ConnectorSetting'];
/** Filter for `connectors.list`. */
export type ConnectorsFilter = ConnectorSchemas['ConnectorsFilter'];
/** A connector's lifecycle status. */
export type ConnectorStatus = ConnectorSchemas['ConnectorStatus'];
/** Paging cursors and page size of a list response. */
export type PageMeta = ConnectorSchemas['Meta'];

/**
 * One request in the consumer's log, its `timestamp` in epoch milliseconds (the contract sends ISO 8601).
 * The fields a log line shows are optional: a value of the wrong type is dropped rather than shown.
 */
export type LogEntry = Omit<VaultSchemas['Log'], 'timestamp' | 'http_method' | 'path' | 'latency' | 'error_message'> & {
  timestamp?: number;
  http_method?: string;
  path?: string;
  latency?: number;
  error_message?: string | null;
};
/**
 * Filter for `logs.list`. The contract marks `path_match_mode` required only because it has a
 * default (`CONTAINS`); a request may leave it out.
 */
export type LogsFilter = Omit<VaultSchemas['LogsFilter'], 'path_match_mode'> & {
  path_match_mode?: VaultSchemas['LogsFilter']['path_match_mode'];
};

/** Identifies one connection: its unified API and its service. */
export interface ConnectionRef {
  /** The unified API the connection belongs to, e.g. `crm`. */
  unifiedApi: string;
  /** The connector's service id, e.g. `salesforce`. */
  serviceId: string;
}

/** Options every request accepts. */
export interface RequestOptions {
  /** Aborts the request (TanStack Query passes its own). */
  signal?: AbortSignal;
}

/** One page of a cursor-paged list. */
export interface Page<T> {
  data: T[];
  /** Cursor of the next page, or `null` on the last page. */
  nextCursor: string | null;
  meta?: PageMeta;
}

/** Options of `createVaultClient`. */
export interface VaultClientOptions {
  /** A Vault session token (JWT) your back end created with `createSession` from `@integrations-kit/client/server`. */
  token: string;
  /** Read from the token's `application_id` claim when omitted. */
  appId?: string;
  /** Read from the token's `consumer_id` claim when omitted. */
  consumerId?: string;
  /** Defaults to `https://unify.apideck.com`. */
  baseUrl?: string;
  /**
   * Where `/connector/*` (the connector catalog and detail) is called; defaults to `baseUrl`. Point
   * it at your back end's proxy (`createConnectorProxy` from `@integrations-kit/client/server`) when
   * the Connector API should see your API key rather than the browser's session token.
   */
  connectorBaseUrl?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

/** The typed Vault + Connector client returned by `createVaultClient`. */
export interface VaultClient {
  readonly baseUrl: string;
  /** Where `/connector/*` calls go (`baseUrl` unless `connectorBaseUrl` was given). */
  readonly connectorBaseUrl: string;
  readonly appId: string;
  readonly consumerId: string;
  /** Replaces the session token (after a refresh); app and consumer ids are re-read from it. */
  setToken(token: string): void;
  connectors: {
    list(
      params?: { cursor?: string; limit?: number; filter?: ConnectorsFilter },
      options?: RequestOptions,
    ): Promise<Page<Connector>>;
    get(id: string, options?: RequestOptions): Promise<Connector>;
    /**
     * One of the connector's docs (`GET /connector/connectors/{id}/docs/{doc_id}`) as its markdown
     * text, e.g. the consumer connection guide listed in `connector.docs`. Render it as untrusted text.
     */
    doc(id: string, docId: string, options?: RequestOptions): Promise<string>;
  };
  connections: {
    list(params?: { api?: string; configured?: boolean }, options?: RequestOptions): Promise<Connection[]>;
    get(ref: ConnectionRef, options?: RequestOptions): Promise<Connection>;
    create(ref: ConnectionRef & { connection: ConnectionInput }, options?: RequestOptions): Promise<Connection>;
    update(ref: ConnectionRef & { connection: ConnectionInput }, options?: RequestOptions): Promise<Connection>;
    delete(ref: ConnectionRef, options?: RequestOptions): Promise<void>;
    import(ref: ConnectionRef & { data: ConnectionImportData }, options?: RequestOptions): Promise<Connection>;
    token(ref: ConnectionRef, options?: RequestOptions): Promise<Connection>;
    confirm(ref: ConnectionRef & { confirmToken: string }, options?: RequestOptions): Promise<{ confirmed: boolean }>;
    /**
     * Checks the stored credentials (`POST …/validate`): required settings for API-key and basic
     * auth, a forced token refresh for OAuth. Resolves with the connection's state afterwards.
     */
    validate(ref: ConnectionRef, options?: RequestOptions): Promise<ConnectionValidation>;
  };
  connectionSettings: {
    /** Normalises both the spec's `configuration: [{ resource, defaults }]` and the live API's flat field list. */
    list(ref: ConnectionRef & { resource: string }, options?: RequestOptions): Promise<ResourceSetting[]>;
    update(
      ref: ConnectionRef & { resource: string; configuration: ResourceConfiguration[] },
      options?: RequestOptions,
    ): Promise<Connection>;
  };
  consent: {
    /** A connection's consent history (`GET …/consent`), newest first. */
    list(ref: ConnectionRef, options?: RequestOptions): Promise<ConsentRecord[]>;
    /** Records a decision (`PATCH …/consent`) and resolves with the new record. */
    update(ref: ConnectionRef & { consent: UpdateConsentRequest }, options?: RequestOptions): Promise<ConsentRecord>;
  };
  logs: {
    /** The consumer's request log (`GET /vault/logs`), newest first; `connector_id` is not applied server-side, filter by `path`. */
    list(
      params?: { cursor?: string; limit?: number; filter?: LogsFilter },
      options?: RequestOptions,
    ): Promise<Page<LogEntry>>;
  };
  mappings: {
    /**
     * The connection's mapping targets with their current JSONPath (`GET /vault/custom-mappings/{unified_api}/{service_id}`),
     * or one resource's (`GET …/{resource}/custom-mappings`) when `resource` is given. Entries without an id are dropped.
     */
    list(ref: ConnectionRef & { resource?: string }, options?: RequestOptions): Promise<CustomMapping[]>;
    /** One target (`GET /vault/custom-mappings/{unified_api}/{service_id}/{target_field_id}`). */
    get(ref: MappingRef, options?: RequestOptions): Promise<CustomMapping>;
    /** Maps a target that has no mapping yet (`POST`, `customMappingsAdd`). */
    create(ref: MappingRef & { value: string }, options?: RequestOptions): Promise<CustomMapping>;
    /** Changes an existing mapping (`PATCH`, `customMappingsUpdate`). */
    update(ref: MappingRef & { value: string }, options?: RequestOptions): Promise<CustomMapping>;
    /** Clears a mapping (`DELETE`, `customMappingsDelete`); the target stays, unmapped. */
    delete(ref: MappingRef, options?: RequestOptions): Promise<void>;
    /** A downstream example record of the resource (`GET …/{resource}/example`, its `example_response`). */
    example(ref: ResourceRef, options?: RequestOptions): Promise<ResourceExample>;
    /** The resource's approximate JSON Schema (`GET …/{resource}/schema`); `{}` when none was sent. */
    schema(ref: ResourceRef, options?: RequestOptions): Promise<Record<string, unknown>>;
  };
  customFields: {
    list(
      ref: ConnectionRef & {
        resource: string;
        /** Lists the custom fields of one record (e.g. a contact id) instead of the resource's. */
        resourceId?: string;
      },
      options?: RequestOptions,
    ): Promise<CustomField[]>;
  };
}
