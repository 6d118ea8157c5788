import { deref, isObject, type Json } from './openapi.js';
import type { Random } from './prng.js';

/** How `generate` runs: the document refs resolve in and the random source. */
export interface GenerateContext {
  document: Json;
  random: Random;
  /** Longest array to make (default 4); `data` of a list can ask for more through `arrayLength`. */
  maxArray?: number;
  /** Overrides the length of the array at a property path such as `data`. */
  arrayLength?: (path: string) => number | undefined;
}

// Strings any `type: string` may hold: plain, empty, long, non-Latin, emoji, markup-like, URL-like.
const WORDS = [
  'Acme',
  'Zürich',
  'Ωmega',
  '東京',
  'مرحبا',
  '🚀 Rocket',
  '<b>bold</b>',
  'a'.repeat(300),
  '',
  ' ',
  'crm',
  'https://example.com/x',
  'javascript:void(0)',
  'null',
  '{{name}}',
  'O\'Brien "quoted"',
];
const MAX_DEPTH = 8;

/** A value valid for `schema` (OpenAPI 3.0: $ref, oneOf/anyOf/allOf, enum, nullable, formats). */
export function generate(schema: Json, ctx: GenerateContext, path = '', depth = 0): unknown {
  const resolved = deref(ctx.document, schema);
  const { random } = ctx;
  if (resolved.nullable === true && random.chance(0.15)) return null;
  if (Array.isArray(resolved.enum) && resolved.enum.length > 0) return random.pick(resolved.enum);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = Array.isArray(resolved[key]) ? resolved[key].filter(isObject) : [];
    // Every integer is also a number, so under `oneOf` an integer branch next to a number one can never match alone.
    const usable =
      key === 'oneOf' && branches.some((branch) => branch.type === 'number')
        ? branches.filter((branch) => branch.type !== 'integer')
        : branches;
    if (usable.length > 0) return generate(random.pick(usable), ctx, path, depth + 1);
  }
  if (Array.isArray(resolved.allOf)) {
    return Object.assign({}, ...resolved.allOf.filter(isObject).map((part) => generate(part, ctx, path, depth + 1)));
  }
  const type = typeof resolved.type === 'string' ? resolved.type : isObject(resolved.properties) ? 'object' : 'any';
  switch (type) {
    case 'string':
      return generateString(resolved, random);
    case 'integer': {
      const min = typeof resolved.minimum === 'number' ? resolved.minimum : -1000;
      const max = typeof resolved.maximum === 'number' ? resolved.maximum : 2 ** 31 - 1;
      return random.pick([min, max, Math.max(min, Math.min(max, 0)), random.int(min, Math.min(max, min + 2000))]);
    }
    case 'number':
      // Never a whole number: see the `oneOf` note above.
      return random.pick([1.5, -2.25, 1e9 + 0.5, Math.floor(random.next() * 1000) + 0.25]);
    case 'boolean':
      return random.chance(0.5);
    case 'array': {
      const items = isObject(resolved.items) ? resolved.items : {};
      const minItems = typeof resolved.minItems === 'number' ? resolved.minItems : 0;
      const maxItems = Math.min(
        typeof resolved.maxItems === 'number' ? resolved.maxItems : Infinity,
        ctx.maxArray ?? 4,
      );
      const length =
        ctx.arrayLength?.(path) ?? (depth >= MAX_DEPTH ? minItems : random.int(minItems, Math.max(minItems, maxItems)));
      return Array.from({ length }, () => generate(items, ctx, `${path}[]`, depth + 1));
    }
    case 'object':
      return generateObject(resolved, ctx, path, depth);
    default:
      return random.pick<unknown>(['text', 7, true, null, {}]);
  }
}

const URLS = ['https://example.com/', 'https://unify.apideck.com/vault/x', 'http://localhost:3000/cb'];

function generateString(schema: Json, random: Random): string {
  if (schema.format === 'date-time') return new Date(Date.UTC(2020, 0, 1) + random.int(0, 2e9) * 1000).toISOString();
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern) : undefined;
  if (schema.format === 'uri') return random.pick(URLS.filter((url) => !pattern || pattern.test(url)));
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const candidates = [
    ...(typeof schema.example === 'string' && random.chance(0.3) ? [schema.example] : []),
    ...(random.chance(0.3) ? [`${random.pick(WORDS)}-${random.int(0, 9999)}`] : []),
    random.pick(WORDS),
    ...URLS,
    'x'.repeat(Math.max(1, minLength)),
  ];
  const fits = candidates.filter((value) => value.length >= minLength && (!pattern || pattern.test(value)));
  if (fits.length === 0) throw new Error(`No generated string fits ${JSON.stringify(schema)}`);
  // The first fitting candidate, so plain strings stay the common case and URLs appear only where required.
  return fits[0] as string;
}

function generateObject(schema: Json, ctx: GenerateContext, path: string, depth: number): Json {
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const out: Json = {};
  const properties = isObject(schema.properties) ? schema.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isObject(property)) continue;
    // Deep optional branches thin out so recursive schemas end.
    const keep = required.has(name) || (depth < MAX_DEPTH && ctx.random.chance(0.7));
    if (keep) out[name] = generate(property, ctx, path ? `${path}.${name}` : name, depth + 1);
  }
  if (schema.additionalProperties === true && ctx.random.chance(0.3)) {
    out[`extra_${ctx.random.int(0, 99)}`] = ctx.random.pick<unknown>(['x', 1, false, null, { nested: true }, [1, 'a']]);
  }
  return out;
}
