/**
 * A deep copy of JSON data, so callers never share objects with the store. Arrays and plain
 * objects are copied; strings and other primitives are immutable and so are shared, not copied
 * (`structuredClone` copies every string, and a connection's icons and logos are most of its size:
 * the mock's 10,000-connection store took twice the memory). Anything else (a `Date`, a `Map`)
 * goes through `structuredClone`. Like `structuredClone`, an object met twice is copied once, so
 * what the original shares stays shared in the copy.
 */
export function clone<T>(value: T): T {
  return copy(value, new Map()) as T;
}

function copy(value: unknown, copies: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  copies.set(value, out);
  if (Array.isArray(out)) {
    for (const item of value as unknown[]) out.push(copy(item, copies));
    return out;
  }
  for (const key of Object.keys(value)) {
    const item = copy((value as Record<string, unknown>)[key], copies);
    // An own key named `__proto__` stays a key: assigning it would set the copy's prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out;
}

/** Whether `value` is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
