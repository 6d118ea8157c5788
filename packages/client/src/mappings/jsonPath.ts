// The JSONPath dialect of Vault's custom mappings, written once for every reader and writer of it
// (the mapping picker and the mock among them). A path is the root `$`, then steps:
//   `.name`              a key that is a name: a letter (any script), `_` or `$`, then letters,
//                        digits, `_`, `$` or `-` (what the live API writes: `$.ProductInterest__c`)
//   `['key']`, `["key"]` any key, quoted with `'`, or with `"` when the key holds a `'`
//   `[0]`                an array index
//   `[?(@.name=='text')]` the first array item whose own `name` reads as `text` (a custom field's
//                        finder, `$.custom_fields[?(@.id=='4047')].value`); `text` is quoted as a key is
// Quotes carry no escapes: a quoted key is read as written, so `\` is an ordinary character and a key
// holding both quotes cannot be written at all. The writer spells only ASCII identifiers as `.name`
// and quotes the rest, so what it writes reads back under any reader of the dialect. Wildcards,
// slices and recursive descent are not mapping targets; a JSONPath library would add kilobytes of them.
import { isRecord } from '../client/data.js';

/** One key step of a JSONPath: an object key or an array index. */
export type PathKey = string | number;

/** A finder step: the first array item whose own `where` key reads as `equals`. */
export interface PathFinder {
  where: string;
  equals: string;
}

/** One step of a JSONPath: a key, an index or a finder. */
export type PathStep = PathKey | PathFinder;

const NAME = String.raw`[\p{L}_$][\p{L}\p{N}_$-]*`;
const QUOTED = String.raw`(?:'([^']*)'|"([^"]*)")`;
const STEP = new RegExp(
  String.raw`^(?:\.(${NAME})|\[(\d+)\]|\[${QUOTED}\]|\[\?\(@\.(${NAME})\s*==\s*${QUOTED}\)\])`,
  'u',
);
const FINDER_NAME = new RegExp(`^${NAME}$`, 'u');
const IDENTIFIER = /^[A-Za-z_]\w*$/;

/**
 * The steps of `path`, or `undefined` when it is not of the dialect (it must start with `$`).
 *
 * @example parseJsonPath("$.custom_fields[?(@.id=='4047')].value") // ['custom_fields', { where: 'id', equals: '4047' }, 'value']
 */
export function parseJsonPath(path: string): PathStep[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: PathStep[] = [];
  let rest = path.slice(1);
  while (rest !== '') {
    const match = STEP.exec(rest);
    if (!match) return undefined;
    const [whole, dotted, index, single, double, where, whereSingle, whereDouble] = match;
    if (index !== undefined) steps.push(Number(index));
    else if (where !== undefined) steps.push({ where, equals: whereSingle ?? whereDouble ?? '' });
    else steps.push(dotted ?? single ?? double ?? '');
    rest = rest.slice(whole.length);
  }
  return steps;
}

/**
 * The JSONPath of `steps`, or `undefined` when a key (or a finder's text) holds both quotes: the
 * dialect has no escapes, so no path can name it.
 *
 * @example toJsonPath(['root', 'odd key', 0]) // "$.root['odd key'][0]"
 */
export function toJsonPath(steps: readonly PathStep[]): string | undefined {
  const segments = steps.map(segment);
  return segments.includes(undefined) ? undefined : '$' + segments.join('');
}

function segment(step: PathStep): string | undefined {
  if (typeof step === 'number') return `[${step}]`;
  if (typeof step === 'object') {
    const equals = quote(step.equals);
    return FINDER_NAME.test(step.where) && equals ? `[?(@.${step.where}==${equals})]` : undefined;
  }
  if (IDENTIFIER.test(step)) return `.${step}`;
  const key = quote(step);
  return key && `[${key}]`;
}

function quote(text: string): string | undefined {
  if (!text.includes("'")) return `'${text}'`;
  return text.includes('"') ? undefined : `"${text}"`;
}

/**
 * `path` as `toJsonPath` spells it, so a stored path spelled otherwise matches a written one; a path
 * outside the dialect stays as it is.
 *
 * @example canonicalJsonPath(`$.root["training"]`) // "$.root.training"
 */
export function canonicalJsonPath(path: string): string {
  const steps = parseJsonPath(path);
  return (steps && toJsonPath(steps)) ?? path;
}

/**
 * What `path` reads from `record`: `undefined` when the path is not of the dialect or leads nowhere
 * (how a stale mapping shows). Only own keys count, never a prototype's, so `$.constructor` reads
 * nothing on a plain record; a finder compares strings, numbers and booleans as text.
 *
 * @example resolveJsonPath({ a: [{ b: 1 }] }, '$.a[0].b') // 1
 */
export function resolveJsonPath(record: unknown, path: string): unknown {
  const steps = parseJsonPath(path);
  if (!steps) return undefined;
  let value = record;
  for (const step of steps) {
    value = take(value, step);
    if (value === undefined) return undefined;
  }
  return value;
}

function take(value: unknown, step: PathStep): unknown {
  if (typeof step === 'number') return Array.isArray(value) && Object.hasOwn(value, step) ? value[step] : undefined;
  if (typeof step === 'string') return own(value, step);
  return Array.isArray(value) ? value.find((item) => readsAs(own(item, step.where), step.equals)) : undefined;
}

function own(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function readsAs(value: unknown, text: string): boolean {
  const primitive = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  return primitive && String(value) === text;
}
