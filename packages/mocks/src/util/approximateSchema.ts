import { isRecord } from './clone.js';

/** A JSON Schema node, as far as an example can tell it. */
export type ApproximateSchema = {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
  properties?: Record<string, ApproximateSchema>;
  items?: ApproximateSchema | Record<string, never>;
};

/**
 * The approximate JSON Schema of a JSON value (`type`, `properties`, `items`), as Vault derives a
 * resource's schema from a downstream record. The items of an array of records are described by
 * their keys together, since records of one list often leave different keys out.
 */
export function approximateSchema(value: unknown): ApproximateSchema {
  if (value === null || value === undefined) return { type: 'null' };
  if (Array.isArray(value)) {
    if (value.length === 0) return { type: 'array', items: {} };
    const records = value.every(isRecord);
    return {
      type: 'array',
      items: approximateSchema(records ? Object.fromEntries(value.flatMap((item) => Object.entries(item))) : value[0]),
    };
  }
  if (isRecord(value)) {
    const properties = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, approximateSchema(item)]));
    return { type: 'object', properties };
  }
  if (typeof value === 'number') return { type: Number.isInteger(value) ? 'integer' : 'number' };
  return { type: typeof value === 'boolean' ? 'boolean' : 'string' };
}
