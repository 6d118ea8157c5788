// Languages whose numbers are written in Latin digits by default: the kit's own locales. A tag with
// a `-u-` extension may ask for other digits (`-u-nu-arab`), so it always goes through Intl.
const LATIN_DIGITS = /^(?:en|de|fr|es|nl|pt|it|ja)(?:-(?!u-)[a-z0-9]+)*$/i;
const formatters = new Map<string, Intl.NumberFormat>();

// How the kit's languages group whole numbers (CLDR, as Intl writes them): the separator, and the
// fewest digits a number needs before it is grouped at all (Spanish and Italian write "1000" but
// "10.000"). Only for a bare language tag: a region may group otherwise (`de-CH` "1’000", `en-IN`
// "12,34,567"). A test holds this table to Intl for every kit locale.
const GROUPING: Record<string, { separator: string; minDigits: number }> = {
  en: { separator: ',', minDigits: 4 },
  ja: { separator: ',', minDigits: 4 },
  de: { separator: '.', minDigits: 4 },
  nl: { separator: '.', minDigits: 4 },
  pt: { separator: '.', minDigits: 4 },
  es: { separator: '.', minDigits: 5 },
  it: { separator: '.', minDigits: 5 },
  fr: { separator: '\u202f', minDigits: 4 },
};

/**
 * A number the way `locale` writes it ("10,000", "10.000", "10 000"), through `Intl.NumberFormat`.
 * Whole counts in a Latin-digit locale skip it (grouped by the table above for a bare kit locale):
 * the first `Intl.NumberFormat` of a page loads its number data, 25-110 ms on the grid's first
 * render ("1,000 integrations"), and such counts read the same anyway.
 *
 * @example formatNumber('de', 10000) // "10.000"
 */
export function formatNumber(locale: string, value: number): string {
  if (Number.isSafeInteger(value) && value >= 0 && LATIN_DIGITS.test(locale)) {
    const digits = String(value);
    if (value < 1000) return digits;
    const grouping = GROUPING[locale.toLowerCase()];
    if (grouping) return digits.length < grouping.minDigits ? digits : group(digits, grouping.separator);
  }
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}

/** "1234567" → "1,234,567" with `separator` between groups of three. */
function group(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) out += separator + digits.slice(at, at + 3);
  return out;
}
