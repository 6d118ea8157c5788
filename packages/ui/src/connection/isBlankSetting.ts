/** Whether a stored setting counts as not filled in (`false` is a value, unlike in a form). */
export function isBlankSetting(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}
