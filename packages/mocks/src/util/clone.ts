/** A deep copy of JSON data, so callers never share objects with the store. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Whether `value` is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
