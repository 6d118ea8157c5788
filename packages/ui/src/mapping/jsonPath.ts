// The JSONPath dialect of Vault's custom mappings, by hand: a root `$`, then `.key` for identifier
// keys, `['any key']` for the rest (`["any key"]` when the key holds a `'`) and `[0]` for array
// indexes. Quotes carry no escapes: the readers of these paths (the mock's among them) take a
// quoted key as written, so `\` is an ordinary character and a key holding both quotes cannot be
// written at all. A JSONPath library would add kilobytes of filters and wildcards the mappings never use.

/** One step into a record: an object key or an array index. */
export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_][\w]*$/;
const STEP = /^(?:\.([^.[]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\])/;

/**
 * The JSONPath that reads `keys` from a record, or `undefined` when a key holds both quotes (the
 * dialect has no escapes, so no path can name it).
 *
 * @example toJsonPath(['root', 'odd key', 0]) // "$.root['odd key'][0]"
 */
export function toJsonPath(keys: readonly PathKey[]): string | undefined {
  const segments = keys.map(segment);
  return segments.includes(undefined) ? undefined : '$' + segments.join('');
}

function segment(key: PathKey): string | undefined {
  if (typeof key === 'number') return `[${key}]`;
  if (IDENTIFIER.test(key)) return `.${key}`;
  if (!key.includes("'")) return `['${key}']`;
  return key.includes('"') ? undefined : `["${key}"]`;
}

/** The keys of a JSONPath of the dialect above, or `undefined` when it is not one. */
export function parseJsonPath(path: string): PathKey[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const keys: PathKey[] = [];
  let rest = path.slice(1);
  while (rest) {
    const step = STEP.exec(rest);
    if (!step) return undefined;
    const [whole, dotted, index, single, double] = step;
    keys.push(index === undefined ? (dotted ?? single ?? double ?? '') : Number(index));
    rest = rest.slice(whole.length);
  }
  return keys;
}

/**
 * `path` as this kit writes it, so a stored path spelled otherwise matches the tree's paths; a path
 * outside the dialect stays as it is.
 *
 * @example canonicalJsonPath(`$.root["training"]`) // "$.root.training"
 */
export function canonicalJsonPath(path: string): string {
  const keys = parseJsonPath(path);
  return (keys && toJsonPath(keys)) ?? path;
}

/**
 * What `path` reads from `record`: `undefined` when the path is not of the dialect or leads nowhere
 * (how a stale mapping shows). Only the record's own keys count, never its prototype's.
 *
 * @example resolveJsonPath({ a: [{ b: 1 }] }, '$.a[0].b') // 1
 */
export function resolveJsonPath(record: unknown, path: string): unknown {
  const keys = parseJsonPath(path);
  let value = record;
  for (const key of keys ?? []) {
    const container = typeof key === 'number' ? Array.isArray(value) : isRecord(value);
    if (!container || !Object.hasOwn(value as object, key)) return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return keys ? value : undefined;
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
