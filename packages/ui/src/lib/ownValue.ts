/**
 * `table[key]` when `table` itself holds `key`, else `undefined`. A lookup by a string the API sent
 * must not reach `Object.prototype`: `"constructor"`, `"toString"` or `"__proto__"` would otherwise
 * find a function or an object where a label or a variant was expected.
 *
 * @example ownValue(messages.about.authTypes, connection.auth_type) // undefined for "__proto__"
 */
export function ownValue<T>(table: Partial<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}
