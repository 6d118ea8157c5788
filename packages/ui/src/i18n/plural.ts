import { format } from './format.js';
import { formatNumber } from './formatNumber.js';

/**
 * The forms of a message that depends on a count, one per plural category of the language
 * (`Intl.PluralRules`): English needs `one` and `other`, Japanese only `other`. A category the
 * language uses but the forms leave out falls back to `other`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

function category(locale: string, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count);
}

/**
 * Picks the form for `count` by the plural rules of `locale` and fills its placeholders: `{count}`
 * and any of `values`, numbers written the way the locale writes them.
 *
 * @example plural('fr', 0, { one: '{count} intégration', other: '{count} intégrations' }) // "0 intégration"
 */
export function plural(
  locale: string,
  count: number,
  forms: PluralForms,
  values: Record<string, string | number> = {},
): string {
  const filled: Record<string, string> = { count: formatNumber(locale, count) };
  for (const [key, value] of Object.entries(values)) {
    filled[key] = typeof value === 'number' ? formatNumber(locale, value) : value;
  }
  return format(forms[category(locale, count)] ?? forms.other, filled);
}
