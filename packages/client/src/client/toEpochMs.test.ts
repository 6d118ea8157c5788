import { describe, expect, it } from 'vitest';
import { toEpochMs } from './toEpochMs.js';

describe('toEpochMs', () => {
  it('reads epoch milliseconds as a number or as text, and ISO 8601', () => {
    expect(toEpochMs(1_764_930_000_000)).toBe(1_764_930_000_000);
    expect(toEpochMs('1764930000000')).toBe(1_764_930_000_000);
    expect(toEpochMs('2025-12-05T10:20:00.000Z')).toBe(Date.parse('2025-12-05T10:20:00.000Z'));
  });

  it('gives undefined for what no Date can hold, so no view throws while rendering it', () => {
    for (const value of [1e16, -1e16, '99999999999999999', Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(toEpochMs(value)).toBeUndefined();
    }
    // The edges themselves are valid instants.
    expect(new Date(toEpochMs(8.64e15) as number).toISOString()).toBe('+275760-09-13T00:00:00.000Z');
  });

  it('gives undefined for anything else', () => {
    for (const value of [null, undefined, '', '   ', 'soon', {}, [], true]) expect(toEpochMs(value)).toBeUndefined();
  });
});
