import { describe, expect, it } from 'vitest';
import { enMessages, type Messages } from '../i18n/messages.js';
import { formatNumber } from '../i18n/formatNumber.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it as italian } from './it.js';
import { ja } from './ja.js';
import { nl } from './nl.js';
import { pt } from './pt.js';

const locales: Record<string, Messages> = { de, fr, es, nl, pt, it: italian, ja };

type Leaf = { path: string; value: unknown };

function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node !== 'object' || node === null) return [{ path, value: node }];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

const NUMBER = 1234;
// Arguments a message function may take, tried in this order per parameter: the first whose marker
// shows up in the English text is what that parameter is (a name, a count, a list of labels).
const kinds = [
  (i: number) => ({ arg: `‹arg${i}›`, markers: (_: string) => [`‹arg${i}›`] }),
  (i: number) => ({ arg: NUMBER + i, markers: (locale: string) => [formatNumber(locale, NUMBER + i)] }),
  (i: number) => ({ arg: [`‹a${i}›`, `‹b${i}›`], markers: (_: string) => [`‹a${i}›`, `‹b${i}›`] }),
];

function say(fn: unknown, args: unknown[]): string {
  return String((fn as (...values: unknown[]) => unknown)(...args));
}

/** Arguments for an English message function, and the texts its output must carry in any locale. */
function sampleCall(fn: (...values: never[]) => unknown) {
  const args: unknown[] = [];
  const expected: Array<(locale: string) => string[]> = [];
  for (let index = 0; index < fn.length; index += 1) {
    const fits = kinds
      .map((kind) => kind(index))
      .find(({ arg, markers }) => {
        try {
          const text = say(fn, [...args, arg, ...Array.from({ length: fn.length - index - 1 }, () => '')]);
          return markers('en').every((marker) => text.includes(marker));
        } catch {
          return false;
        }
      });
    args.push(fits?.arg ?? `‹arg${index}›`);
    if (fits) expected.push(fits.markers);
  }
  return { args, expected };
}

const english = leaves(enMessages);

describe.each(Object.entries(locales))('the %s locale', (tag, messages) => {
  const translated = new Map(leaves(messages).map((leaf) => [leaf.path, leaf.value]));

  it('has exactly the keys of English, each a non-empty string or a function', () => {
    expect([...translated.keys()].sort()).toEqual(english.map((leaf) => leaf.path).sort());
    for (const { path, value } of english) {
      const other = translated.get(path);
      expect(typeof other, path).toBe(typeof value);
      if (typeof other === 'string') expect(other.trim(), path).not.toBe('');
    }
  });

  it('names its BCP 47 tag', () => {
    expect(messages.locale).toBe(tag);
    expect(Intl.getCanonicalLocales(messages.locale)).toEqual([tag]);
  });

  it('keeps every {placeholder} of English', () => {
    for (const { path, value } of english) {
      if (typeof value !== 'string') continue;
      for (const [placeholder] of value.matchAll(/\{\w+\}/g)) expect(translated.get(path), path).toContain(placeholder);
    }
  });

  it('shows every value a message is given (names, counts in the locale’s digits, lists)', () => {
    for (const { path, value } of english) {
      if (typeof value !== 'function') continue;
      const { args, expected } = sampleCall(value as (...values: never[]) => unknown);
      const text = say(translated.get(path), args);
      expect(text.trim(), path).not.toBe('');
      for (const marker of expected.flatMap((markers) => markers(tag))) expect(text, path).toContain(marker);
    }
  });

  it('is a translation, not English left in place', () => {
    const strings = english.filter((leaf) => typeof leaf.value === 'string' && /[a-z]{4}/.test(leaf.value));
    const same = strings.filter(({ path, value }) => translated.get(path) === value).map(({ path }) => path);
    // Product terms (CRM, OAuth, Website, Status) may read the same; whole sentences may not.
    expect(same.length, same.join(', ')).toBeLessThan(strings.length * 0.1);
  });
});

describe('counts in each locale', () => {
  it('follow the language’s plural rules and digit grouping', () => {
    const counts = [0, 1, 2, 1000];
    expect(counts.map((count) => fr.grid.resultCount(count, count))).toEqual([
      '0 intégration',
      '1 intégration',
      '2 intégrations',
      '1\u202f000 intégrations',
    ]);
    expect(counts.map((count) => ja.grid.resultCount(count, count))).toEqual([
      '0件の連携',
      '1件の連携',
      '2件の連携',
      '1,000件の連携',
    ]);
    expect(counts.map((count) => es.grid.resultCount(count, count))).toEqual([
      '0 integraciones',
      '1 integración',
      '2 integraciones',
      '1000 integraciones',
    ]);
    expect(nl.grid.resultCount(3, 10_000)).toBe('3 van 10.000 integraties');
    expect(pt.dialog.errors.rateLimitedFor(1)).toBe('Muitas solicitações. Tente de novo em 1 segundo.');
    expect(italian.form.resultCount(1)).toBe('1 risultato');
  });
});
