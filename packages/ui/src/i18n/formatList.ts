const formatters = new Map<string, Intl.ListFormat>();

/**
 * Items joined the way `locale` lists them ("A, B and C", "A, B et C", "A、B、C"), through
 * `Intl.ListFormat`; one formatter per locale, made on first use.
 *
 * @example formatList('fr', ['Domaine', 'Clé API']) // "Domaine et Clé API"
 */
export function formatList(locale: string, items: readonly string[]): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    formatters.set(locale, formatter);
  }
  return formatter.format(items);
}
