import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ContractOperation, ContractParameter, JsonSchema } from './RequestContract.js';
import { requestContract } from './requestContract.generated.js';

/** The parts of a request the contract speaks about. */
export interface RequestParts {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** The parsed JSON body, `undefined` when empty. */
  body: unknown;
}

/** Checks one request against its operation; returns the contract's reasons, empty when it conforms. */
export type RequestCheck = (request: RequestParts) => string[];

/** Requests a mock route received (and checked itself, after authentication). */
export const routedRequests = new WeakSet<Request>();

type Location = 'path' | 'query' | 'header';
const LOCATIONS: Location[] = ['path', 'query', 'header'];
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

// One pair of validators for every mock (the contract does not change): parameters arrive as
// strings and are coerced per schema type, as Prism does; bodies are JSON and are not coerced.
let validators: { parameters: Ajv; body: Ajv } | undefined;
function ajvs() {
  validators ??= { parameters: createAjv(true), body: createAjv(false) };
  return validators;
}

// No meta-schema check of the contract's schemas here: compiling JSON Schema's own meta-schema was
// most of the first request's time in a page; strict mode still refuses unknown keywords, and a
// test holds the generated schemas to the meta-schema instead (requestCheck.test.ts).
function createAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, coerceTypes: coerce ? 'array' : false, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat('markdown', true);
  for (const [name, schemas] of Object.entries(requestContract.schemas)) ajv.addSchema({ $id: name, $defs: schemas });
  return ajv;
}

/**
 * The check for the mock route `method path` (`:name` segments, as MSW writes them). Throws when
 * the contract has no such operation: every route the mock serves must be one.
 */
export function requestCheck(method: string, path: string): RequestCheck {
  const template = path.replace(/:(\w+)/g, '{$1}');
  const operation = requestContract.operations.find(
    (entry) => entry.method === method.toUpperCase() && entry.path === template,
  );
  if (!operation)
    throw new Error(
      `The mock serves ${method.toUpperCase()} ${template}, which neither vault.yml nor connector.yml lists`,
    );
  return checkOf(operation);
}

/**
 * The operation `method pathname` is an instance of, with its path parameters and check; `undefined`
 * when the contract has none. A template with fewer parameters wins (`…/consent` over `…/{resource}`).
 */
export function operationAt(
  method: string,
  pathname: string,
): { params: Record<string, string>; check: RequestCheck } | undefined {
  const found = requestContract.operations
    .filter((operation) => operation.method === method.toUpperCase())
    .map((operation) => ({ operation, params: matchPath(operation.path, pathname) }))
    .filter(
      (entry): entry is { operation: ContractOperation; params: Record<string, string> } => entry.params !== undefined,
    )
    .sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length)[0];
  return found && { params: found.params, check: checkOf(found.operation) };
}

function matchPath(template: string, pathname: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${pattern}$`).exec(pathname);
  return match
    ? Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]))
    : undefined;
}

const checks = new Map<ContractOperation, RequestCheck>();
function checkOf(operation: ContractOperation): RequestCheck {
  let check = checks.get(operation);
  if (!check) {
    check = createCheck(operation);
    checks.set(operation, check);
  }
  return check;
}

function createCheck(operation: ContractOperation): RequestCheck {
  let compiled: { parameters: Record<Location, ValidateFunction>; body?: ValidateFunction } | undefined;
  return (request) => {
    compiled ??= compile(operation);
    const values: Record<Location, Record<string, unknown>> = {
      path: { ...request.params },
      query: readQuery(request.query, operation.parameters),
      // Copies: coercion rewrites values in place, and the headers are the log entry's.
      header: { ...request.headers },
    };
    const reasons = LOCATIONS.flatMap((location) => {
      const validate = compiled!.parameters[location];
      return validate(values[location]) ? [] : explain(location, validate.errors);
    });
    if (request.body === undefined) {
      if (operation.body?.required) reasons.push('body is required');
    } else if (!compiled.body) {
      reasons.push(`body: ${operation.method} ${operation.path} takes none`);
    } else if (!compiled.body(request.body)) {
      reasons.push(...explain('body', compiled.body.errors));
    }
    return [...new Set(reasons)];
  };
}

function compile(operation: ContractOperation) {
  const { parameters, body } = ajvs();
  const forLocation = (location: Location) => {
    const listed = operation.parameters.filter((parameter) => parameter.in === location);
    const schema: Record<string, unknown> = {
      type: 'object',
      properties: Object.fromEntries(listed.map((parameter) => [parameter.name, parameter.schema])),
      required: listed.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    };
    // A query parameter the contract does not list is refused (Prism lets it through): a typo in
    // the client would otherwise go unnoticed. Headers are open: browsers and fetch add their own.
    if (location === 'query') schema.additionalProperties = false;
    return parameters.compile(schema);
  };
  return {
    parameters: { path: forLocation('path'), query: forLocation('query'), header: forLocation('header') },
    body: operation.body ? body.compile(operation.body.schema as JsonSchema & object) : undefined,
  };
}

/** Query parameters as the contract's object: `name[key]=value` pairs gather under a `deepObject` name; repeats make a list. */
function readQuery(query: URLSearchParams, parameters: ContractParameter[]): Record<string, unknown> {
  const deep = new Set(
    parameters
      .filter((parameter) => parameter.in === 'query' && parameter.style === 'deepObject')
      .map((parameter) => parameter.name),
  );
  // Prototype-free maps and own-key reads: `filter[constructor]` or `__proto__` is a name the
  // contract refuses, not an inherited member to append to or a prototype to set.
  const gather = (object: Record<string, unknown>, key: string, value: string) => {
    object[key] = Object.hasOwn(object, key) ? [object[key], value].flat() : value;
  };
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of query) {
    const [, name, property] = /^([^[\]]+)\[([^[\]]+)\]$/.exec(key) ?? [];
    if (name && property && deep.has(name)) {
      const object = (out[name] ??= Object.create(null)) as Record<string, unknown>;
      gather(object, property, value);
    } else {
      gather(out, key, value);
    }
  }
  return out;
}

/** Ajv's errors as reasons naming where (`query filter[status]`, `body /settings/instance_url`) and why. */
function explain(location: Location | 'body', errors: ErrorObject[] | null | undefined): string[] {
  const where = (instancePath: string) =>
    location === 'body' ? `body ${instancePath || '/'}` : `${location} ${parameterName(instancePath)}`;
  return (errors ?? []).map((error) => {
    switch (error.keyword) {
      case 'required':
        return `${where(`${error.instancePath}/${String(error.params.missingProperty)}`)} is required`;
      case 'additionalProperties':
        return `${where(`${error.instancePath}/${String(error.params.additionalProperty)}`)} is not in the contract`;
      case 'false schema':
        return `${where(error.instancePath)} is readOnly: a request must not send it`;
      case 'enum':
        return `${where(error.instancePath)} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
      default:
        return `${where(error.instancePath)} ${error.message ?? error.keyword}`;
    }
  });
}

/** `/filter/status` → `filter[status]`. */
function parameterName(instancePath: string): string {
  const [name = '', ...keys] = instancePath.split('/').filter(Boolean);
  return `${name}${keys.map((key) => `[${key}]`).join('')}`;
}
