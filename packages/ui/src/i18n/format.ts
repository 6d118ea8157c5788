/**
 * Fills `{name}` placeholders in a template; unknown placeholders stay as written so a typo shows
 * up on screen instead of vanishing. For hosts that keep translations as plain strings (JSON
 * catalogs) and turn them into the kit's message functions.
 *
 * @example messages={{ grid: { retry: 'Reload' }, dialog: { toasts: { deleted: (name) => format(t.deleted, { name }) } } }}
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}
