/** A JSON Schema (draft 2020-12 as ajv reads it), or `false` for a property a request must not send. */
export type JsonSchema = Record<string, unknown> | boolean;

/** One parameter of an operation, as the contract lists it. */
export interface ContractParameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  /** Lower-cased for headers, whose names are case-insensitive. */
  name: string;
  required: boolean;
  schema: JsonSchema;
  /** `deepObject`: the value arrives as `name[key]=value` query parameters. */
  style?: 'deepObject';
}

/** One operation of `vault.yml` or `connector.yml`, reduced to what a request must satisfy. */
export interface ContractOperation {
  document: 'vault' | 'connector';
  method: string;
  /** The path template, e.g. `/vault/connections/{unified_api}/{service_id}`. */
  path: string;
  parameters: ContractParameter[];
  /** The JSON request body, when the operation takes one. */
  body?: { required: boolean; schema: JsonSchema };
}

/** The operations of both documents and, per document, the component schemas they reach. */
export interface RequestContract {
  operations: ContractOperation[];
  schemas: Record<ContractOperation['document'], Record<string, JsonSchema>>;
}
