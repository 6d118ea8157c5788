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

  it('falls back to ? for empty or non-string names', () => {
    expect(getInitials('   ')).toBe('?');
    expect(getInitials(undefined)).toBe('?');
    expect(getInitials({ en: 'x' })).toBe('?');
  });
});
