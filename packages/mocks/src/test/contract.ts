import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Only what JSON Schema validates is kept; OpenAPI annotations (example, x-*) and the
// discriminator (ajv cannot take its `mapping`; the `oneOf` it decorates still decides) go.
const DROPPED = new Set(['example', 'examples', 'discriminator', 'nullable', 'xml', 'externalDocs', 'title']);

/**
 * An OpenAPI 3.0 schema as JSON Schema: `nullable: true` becomes `anyOf [schema, null]`,
 * `$ref` siblings are ignored as OpenAPI 3.0 says, and refs point into `$defs` of `id`.
 */
function toJsonSchema(node: unknown, id: string): unknown {
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string') return { $ref: node.$ref.replace('#/components/schemas/', `${id}#/$defs/`) };
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === 'properties' && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema, id)]));
    } else if (['allOf', 'anyOf', 'oneOf'].includes(key) && Array.isArray(value)) {
      out[key] = value.map((schema) => toJsonSchema(schema, id));
    } else if (['items', 'additionalProperties', 'not'].includes(key)) {
      out[key] = toJsonSchema(value, id);
    } else out[key] = value;
  }
  return node.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

interface Operation {
  responses: Record<string, unknown>;
}

/** A vendored OpenAPI document, ready to validate response bodies of its operations. */
export interface Contract {
  /**
   * Validates `body` against the response schema the document gives `method path` for `status`
   * (the `default` response when that status is not listed). Returns the errors, empty when valid.
   */
  validate(path: string, method: string, status: number, body: unknown): string[];
  /** Whether the operation lists `status` explicitly (not only through `default`). */
  lists(path: string, method: string, status: number): boolean;
  /** The media types the operation's `status` response declares (`text/markdown` for a connector doc). */
  mediaTypes(path: string, method: string, status: number): string[];
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** Loads `openapi/{name}.yml` from the repository root. */
export function loadContract(name: 'vault' | 'connector'): Contract {
  const document = parse(readFileSync(new URL(`../../../../openapi/${name}.yml`, import.meta.url), 'utf8')) as Json;
  const components = document.components as Json;
  const schemas = components.schemas as Json;
  const responses = components.responses as Json;
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addFormat('markdown', true);
  ajv.addSchema({
    $id: name,
    $defs: Object.fromEntries(Object.entries(schemas).map(([key, schema]) => [key, toJsonSchema(schema, name)])),
  });
  const compiled = new Map<string, ValidateFunction>();

  const operation = (path: string, method: string): Operation => {
    const item = (document.paths as Record<string, Record<string, Operation>>)[path]?.[method.toLowerCase()];
    if (!item) throw new Error(`${name}.yml has no operation ${method} ${path}`);
    return item;
  };
  const responseOf = (path: string, method: string, status: number): Json | undefined => {
    const { responses: listed } = operation(path, method);
    const response = (listed[String(status)] ?? listed.default) as Json | undefined;
    return typeof response?.$ref === 'string' ? (responses[response.$ref.split('/').pop() ?? ''] as Json) : response;
  };
  return {
    lists: (path, method, status) => String(status) in operation(path, method).responses,
    mediaTypes: (path, method, status) => Object.keys((responseOf(path, method, status)?.content as Json) ?? {}),
    validate(path, method, status, body) {
      const response = responseOf(path, method, status);
      if (!response) return [`no response ${status} (nor default) for ${method} ${path}`];
      const schema = ((response.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
      if (!schema)
        return body === undefined || body === null
          ? []
          : [`${method} ${path} ${status} has no JSON body in the contract`];
      const key = JSON.stringify(schema);
      let validator = compiled.get(key);
      if (!validator) {
        validator = ajv.compile(toJsonSchema(schema, name) as Json);
        compiled.set(key, validator);
      }
      return validator(body)
        ? []
        : (validator.errors ?? []).map(
            (error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
          );
    },
  };
}
