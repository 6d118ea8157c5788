// Builds the mock's request contract from the vendored OpenAPI documents: per operation its
// method, path template, parameters and request body, plus the component schemas they reach, as
// JSON Schema. The mock validates every request against it in Node and in the browser, where it
// cannot read the YAML, so the result is a committed TypeScript module.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const DOCUMENTS = ['vault', 'connector'];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
// OpenAPI annotations JSON Schema does not validate; the discriminator goes too (ajv cannot take its
// `mapping`; the `oneOf` it decorates still decides).
const DROPPED = new Set([
  'example',
  'examples',
  'discriminator',
  'nullable',
  'readOnly',
  'writeOnly',
  'xml',
  'externalDocs',
  'title',
  'description',
  'deprecated',
]);
const SUBSCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'not']);

/**
 * Where the contract is wrong about requests the live API takes, each with its reason. The one list
 * of such exceptions: the mock's request checks follow the contract everywhere else.
 */
const EXCEPTIONS = [
  {
    method: 'GET',
    path: '/vault/callback',
    parameter: 'code',
    required: false,
    reason:
      'a provider that is denied consent returns `error` (access_denied) and no `code` (RFC 6749, 4.1.2.1); Vault then redirects with the error',
  },
];

// Operations a host calls from its server with the API key (sessions, consumers): the mock does not
// serve them, and browser bundles must not name the session endpoint (the bundle scan refuses it).
const SERVER_ONLY = /^\/vault\/(sessions|consumers)\b/;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const refName = (ref) => ref.replace('#/components/schemas/', '');

/**
 * An OpenAPI 3.0 schema as JSON Schema for a request: `nullable: true` becomes `anyOf [schema, null]`,
 * `$ref` siblings are ignored (OpenAPI 3.0), refs point into `$defs` of the document, and a
 * `readOnly` property becomes `false` (a request must not send it) and leaves `required`, as the
 * OpenAPI specification says of read-only properties in requests.
 */
function toRequestSchema(node, name, schemas, reached) {
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string') {
    reached.add(refName(node.$ref));
    return { $ref: `${name}#/$defs/${refName(node.$ref)}` };
  }
  const isReadOnly = (schema) =>
    isObject(schema) &&
    (schema.readOnly === true || (typeof schema.$ref === 'string' && schemas[refName(schema.$ref)]?.readOnly === true));
  const out = {};
  const readOnly = new Set();
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === 'properties' && isObject(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([property, schema]) => {
          if (!isReadOnly(schema)) return [property, toRequestSchema(schema, name, schemas, reached)];
          readOnly.add(property);
          return [property, false];
        }),
      );
    } else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((schema) => toRequestSchema(schema, name, schemas, reached));
    } else if (SUBSCHEMAS.has(key)) {
      out[key] = toRequestSchema(value, name, schemas, reached);
    } else out[key] = value;
  }
  if (Array.isArray(out.required)) {
    out.required = out.required.filter((property) => !readOnly.has(property));
    if (out.required.length === 0) delete out.required;
  }
  return node.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

function resolve(node, components, kind) {
  return isObject(node) && typeof node.$ref === 'string' ? components[kind][node.$ref.split('/').pop()] : node;
}

function readDocument(root, name) {
  const document = parse(readFileSync(new URL(`openapi/${name}.yml`, root), 'utf8'));
  const { components, paths } = document;
  const reached = new Set();
  const operations = [];
  for (const [path, item] of Object.entries(paths)) {
    if (SERVER_ONLY.test(path)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((reference) => {
        const parameter = resolve(reference, components, 'parameters');
        const entry = {
          in: parameter.in,
          // Header names are case-insensitive; the mock compares them lower-cased.
          name: parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name,
          required: parameter.required === true,
          schema: toRequestSchema(parameter.schema ?? {}, name, components.schemas, reached),
        };
        if (parameter.style === 'deepObject') entry.style = 'deepObject';
        const exception = EXCEPTIONS.find(
          (candidate) =>
            candidate.method === method.toUpperCase() &&
            candidate.path === path &&
            candidate.parameter === parameter.name,
        );
        if (exception) entry.required = exception.required;
        return entry;
      });
      const entry = { document: name, method: method.toUpperCase(), path, parameters };
      const requestBody = resolve(operation.requestBody, components, 'requestBodies');
      const schema = requestBody?.content?.['application/json']?.schema;
      if (schema)
        entry.body = {
          required: requestBody.required === true,
          schema: toRequestSchema(schema, name, components.schemas, reached),
        };
      operations.push(entry);
    }
  }
  const defs = {};
  const pending = [...reached];
  while (pending.length > 0) {
    const schemaName = pending.pop();
    if (schemaName in defs) continue;
    const before = new Set(reached);
    defs[schemaName] = toRequestSchema(components.schemas[schemaName], name, components.schemas, reached);
    for (const next of reached) if (!before.has(next)) pending.push(next);
  }
  const sorted = Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((key) => [key, defs[key]]),
  );
  return { operations, schemas: sorted };
}

/** The request contract module's text, from `openapi/*.yml` under the repository `root` (a file URL). */
export function requestContractModule(root) {
  const documents = DOCUMENTS.map((name) => readDocument(root, name));
  const contract = {
    operations: documents.flatMap((document) => document.operations),
    schemas: Object.fromEntries(DOCUMENTS.map((name, index) => [name, documents[index].schemas])),
  };
  return [
    '// Generated from openapi/vault.yml and openapi/connector.yml by `pnpm gen:types`; do not edit.',
    "import type { RequestContract } from './RequestContract.js';",
    '',
    '/** What the mock checks every request against: the operations of both documents and the schemas they reach. */',
    `export const requestContract: RequestContract = ${JSON.stringify(contract)};`,
    '',
  ].join('\n');
}

/** Where the generated module lives, relative to the repository root. */
export const REQUEST_CONTRACT_PATH = 'packages/mocks/src/contract/requestContract.generated.ts';
