import { describe, expect, it } from 'vitest';
import { de } from '../locales/de.js';
import { enMessages } from './messages.js';
import { plural, type PluralForms } from './plural.js';

const COUNTS = [0, 1, 2, 1000];
const integrations: Record<string, PluralForms> = {
  en: { one: '{count} integration', other: '{count} integrations' },
  fr: { one: '{count} intégration', other: '{count} intégrations' },
  de: { one: '{count} Integration', other: '{count} Integrationen' },
  ja: { other: '{count} 件の連携' },
};
const say = (locale: string) => COUNTS.map((count) => plural(locale, count, integrations[locale] ?? { other: '' }));

describe('plural', () => {
  it('chooses the form by the language rules of Intl.PluralRules', () => {
    expect(say('en')).toEqual(['0 integrations', '1 integration', '2 integrations', '1,000 integrations']);
    // French counts zero as singular; thousands are grouped by a narrow no-break space.
    expect(say('fr')).toEqual(['0 intégration', '1 intégration', '2 intégrations', '1\u202f000 intégrations']);
    expect(say('de')).toEqual(['0 Integrationen', '1 Integration', '2 Integrationen', '1.000 Integrationen']);
    // Japanese has one form for every count.
    expect(say('ja')).toEqual(['0 件の連携', '1 件の連携', '2 件の連携', '1,000 件の連携']);
  });

  it('falls back to other for a category the forms leave out', () => {
    // French writes "1 000 000 de …" (category many); forms without it still read sensibly.
    expect(plural('fr', 1_000_000, integrations.fr ?? { other: '' })).toBe('1\u202f000\u202f000 intégrations');
    expect(plural('fr', 1_000_000, { many: '{count} d’intégrations', other: '{count} intégrations' })).toBe(
      '1\u202f000\u202f000 d’intégrations',
    );
  });

  it('fills the other placeholders, numbers in the locale’s digits, and leaves unknown ones visible', () => {
    const forms = { one: '{shown} of {count} integration', other: '{shown} of {count} integrations ({typo})' };
    expect(plural('en', 12_000, forms, { shown: 1500 })).toBe('1,500 of 12,000 integrations ({typo})');
  });

  it('is how the kit counts integrations, results and seconds in English and German', () => {
    expect(enMessages.grid.resultCount(12, 10_000)).toBe('12 of 10,000 integrations');
    expect(enMessages.grid.resultCount(1, 1)).toBe('1 integration');
    expect(enMessages.dialog.errors.rateLimitedFor(1)).toBe('Too many requests. Try again in 1 second.');
    expect(de.grid.resultCount(1000, 1000)).toBe('1.000 Integrationen');
    expect(de.grid.resultCount(0, 1)).toBe('0 von 1 Integration');
    expect(de.dialog.errors.rateLimitedFor(30)).toBe('Zu viele Anfragen. Versuchen Sie es in 30 Sekunden erneut.');
  });
});
