import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { repoRoot } from '../test/tallyFiles.js';

/** A JSON value of an OpenAPI document. */
export type Json = Record<string, unknown>;

/** Whether `value` is a plain JSON object. */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The vendored OpenAPI documents the kit is built against. */
export type ContractName = 'vault' | 'connector';

const cache = new Map<ContractName, Json>();

/** Loads `openapi/{name}.yml` (parsed once per file). */
export function loadContract(name: ContractName): Json {
  let document = cache.get(name);
  if (!document) {
    document = parse(readFileSync(`${repoRoot}openapi/${name}.yml`, 'utf8')) as Json;
    cache.set(name, document);
  }
  return document;
}

/** Follows a local `$ref` (`#/components/schemas/Connection`) inside `document`. */
export function resolveRef(document: Json, ref: string): Json {
  let node: unknown = document;
  for (const key of ref.replace(/^#\//, '').split('/')) node = isObject(node) ? node[key] : undefined;
  if (!isObject(node)) throw new Error(`Unresolvable $ref ${ref}`);
  return node;
}

/** `schema` itself, or what its `$ref` points at (repeatedly). */
export function deref(document: Json, schema: Json): Json {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string'; hops += 1) {
    if (hops > 20) throw new Error(`$ref cycle at ${String(current.$ref)}`);
    current = resolveRef(document, current.$ref);
  }
  return current;
}
