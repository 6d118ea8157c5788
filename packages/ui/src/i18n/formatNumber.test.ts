import { describe, expect, it } from 'vitest';
import { formatNumber } from './formatNumber.js';

const KIT_LOCALES = ['en', 'de', 'fr', 'es', 'nl', 'pt', 'it', 'ja'];

describe('formatNumber', () => {
  it('groups thousands the way each language writes them', () => {
    expect([0, 7, 999, 1000, 10_000, 1_234_567].map((count) => formatNumber('en', count))).toEqual([
      '0',
      '7',
      '999',
      '1,000',
      '10,000',
      '1,234,567',
    ]);
    expect(formatNumber('de', 10_000)).toBe('10.000');
    expect(formatNumber('fr', 10_000)).toBe('10\u202f000');
    // Spanish groups only from five digits on.
    expect([formatNumber('es', 1000), formatNumber('es', 10_000)]).toEqual(['1000', '10.000']);
    expect(formatNumber('en-IN', 1_234_567)).toBe('12,34,567');
  });

  it('writes small counts exactly as Intl does in every locale the kit ships', () => {
    for (const locale of [...KIT_LOCALES, 'pt-BR', 'de-CH']) {
      const intl = new Intl.NumberFormat(locale);
      const counts = Array.from({ length: 1000 }, (_, count) => count);
      expect(counts.map((count) => formatNumber(locale, count))).toEqual(counts.map((count) => intl.format(count)));
    }
  });

  it('writes large whole counts exactly as Intl does in every locale the kit ships', () => {
    const counts = [1000, 1001, 9999, 10_000, 12_345, 99_999, 100_000, 999_999, 1_000_000, 1_234_567, 2 ** 40];
    for (const locale of [...KIT_LOCALES, 'EN', 'pt-BR', 'de-CH', 'en-IN', 'fr-CA']) {
      const intl = new Intl.NumberFormat(locale);
      expect(counts.map((count) => formatNumber(locale, count))).toEqual(counts.map((count) => intl.format(count)));
    }
  });

  it('leaves the digits to Intl when the locale asks for other ones', () => {
    expect(formatNumber('en-u-nu-arab', 42)).toBe('٤٢');
    expect(formatNumber('ar-EG', 42)).toBe(new Intl.NumberFormat('ar-EG').format(42));
    expect(formatNumber('en', 2.5)).toBe('2.5');
    expect(formatNumber('de', 2.5)).toBe('2,5');
  });
});
