import { describe, expect, it } from 'vitest';
import { de } from '../locales/de.js';
import { enMessages } from './messages.js';
import { groupDigits } from './groupDigits.js';

describe('groupDigits', () => {
  it('groups thousands with the separator and leaves shorter counts alone', () => {
    expect([0, 7, 999, 1000, 10_000, 1_234_567].map((count) => groupDigits(count, ','))).toEqual([
      '0',
      '7',
      '999',
      '1,000',
      '10,000',
      '1,234,567',
    ]);
    expect(groupDigits(10_000, '.')).toBe('10.000');
  });

  it('is how the result counts read in English and German', () => {
    expect(enMessages.grid.resultCount(12, 10_000)).toBe('12 of 10,000 integrations');
    expect(de.grid?.resultCount?.(1000, 1000)).toBe('1.000 Integrationen');
  });
});
