// The JSONPath dialect of Vault's custom mappings, by hand: a root `$`, then `.key` for identifier
// keys, `['any key']` (with `\'` and `\\` escapes) for the rest and `[0]` for array indexes. A
// JSONPath library would add kilobytes of filters and wildcards the mappings never use.

/** One step into a record: an object key or an array index. */
export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_][\w]*$/;
const STEP = /^(?:\.([^.[]+)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\])/;

/**
 * The JSONPath that reads `keys` from a record.
 *
 * @example toJsonPath(['root', 'odd key', 0]) // "$.root['odd key'][0]"
 */
export function toJsonPath(keys: readonly PathKey[]): string {
  return '$' + keys.map(segment).join('');
}

// A key with a single quote goes in double quotes, and only one with both is escaped: many readers
// of the live API's paths take either quote but no escapes.
function segment(key: PathKey): string {
  if (typeof key === 'number') return `[${key}]`;
  if (IDENTIFIER.test(key)) return `.${key}`;
  const quote = key.includes("'") && !key.includes('"') ? '"' : "'";
  return `[${quote}${key.replace(quote === '"' ? /\\/g : /[\\']/g, '\\$&')}${quote}]`;
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
    keys.push(index === undefined ? (dotted ?? (single ?? double ?? '').replace(/\\(.)/g, '$1')) : Number(index));
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
  return keys ? toJsonPath(keys) : path;
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
