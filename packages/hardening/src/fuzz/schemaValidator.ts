import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isObject, loadContract, type ContractName, type Json } from './openapi.js';

// OpenAPI annotations JSON Schema does not know; `nullable` is rewritten, the discriminator's
// `oneOf` still decides.
const ANNOTATIONS = new Set([
  'example',
  'examples',
  'discriminator',
  'nullable',
  'xml',
  'externalDocs',
  'title',
  'readOnly',
  'writeOnly',
  'deprecated',
]);

function convert(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((item) => convert(item, id));
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string') return { $ref: node.$ref.replace('#/components/schemas/', `${id}#/$defs/`) };
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    // Property names and enum values are data, not schemas: keep them as they are.
    out[key] =
      key === 'enum' || key === 'required'
        ? value
        : key === 'properties' && isObject(value)
          ? mapValues(value, id)
          : convert(value, id);
  }
  return node.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

function mapValues(properties: Json, id: string): Json {
  return Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, convert(schema, id)]));
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** Validates a value against a named schema of a vendored document; returns the errors (empty when valid). */
export function createSchemaValidator(name: ContractName): (schemaName: string, value: unknown) => string[] {
  const document = loadContract(name);
  const schemas = (document.components as Json).schemas as Json;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: name, $defs: mapValues(schemas, name) });
  return (schemaName, value) => {
    const validate = ajv.getSchema(`${name}#/$defs/${schemaName}`);
    if (!validate) throw new Error(`No schema ${schemaName} in ${name}.yml`);
    return validate(value)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
  };
}
