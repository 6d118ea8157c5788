import { describe, expect, it } from 'vitest';
import { getInitials } from './getInitials.js';

describe('getInitials', () => {
  it('takes the first letters of the first two words', () => {
    expect(getInitials('Google Drive')).toBe('GD');
    expect(getInitials('zoho-crm')).toBe('ZC');
    expect(getInitials('salesforce')).toBe('S');
    expect(getInitials('Microsoft Dynamics 365')).toBe('MD');
  });

  it('keeps accented and astral characters whole', () => {
    expect(getInitials('Ökonomie Plus')).toBe('ÖP');
    expect(getInitials('𝒳ero')).toBe('𝒳');
  });

  it('uses only letters and digits, skipping punctuation and symbols between words', () => {
    expect(getInitials('Bird (MessageBird)')).toBe('BM');
    expect(getInitials('(Legacy) Sage')).toBe('LS');
    expect(getInitials('3CX & Co.')).toBe('3C');
    expect(getInitials('🚀 Rocket')).toBe('R');
    expect(getInitials('日本 郵便')).toBe('日郵');
  });

  it('keeps a letter with its combining mark and never gives more than two letters', () => {
    expect(getInitials('O\u0308konomie')).toBe('O\u0308');
    expect(getInitials('ßeta ßigma')).toBe('ßß');
  });

  it('falls back to ? for empty or non-string names', () => {
    expect(getInitials('   ')).toBe('?');
    expect(getInitials('(—) & !!')).toBe('?');
    expect(getInitials('🚀')).toBe('?');
    expect(getInitials(undefined)).toBe('?');
    expect(getInitials({ en: 'x' })).toBe('?');
  });
});
