// Languages whose numbers are written in Latin digits by default: the kit's own locales. A tag with
// a `-u-` extension may ask for other digits (`-u-nu-arab`), so it always goes through Intl.
const LATIN_DIGITS = /^(?:en|de|fr|es|nl|pt|it|ja)(?:-(?!u-)[a-z0-9]+)*$/i;
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number the way `locale` writes it ("10,000", "10.000", "10 000"), through `Intl.NumberFormat`.
 * Whole counts under 1,000 in a Latin-digit locale skip it: the first `Intl.NumberFormat` of a page
 * loads its number data, 25-40 ms on the grid's first render, and such counts read the same anyway.
 *
 * @example formatNumber('de', 10000) // "10.000"
 */
export function formatNumber(locale: string, value: number): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000 && LATIN_DIGITS.test(locale)) return String(value);
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}
