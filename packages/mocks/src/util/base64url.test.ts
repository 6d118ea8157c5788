import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url, encodeJson } from './base64url.js';

describe('encodeBase64Url', () => {
  it('encodes ASCII and other text as the UTF-8 base64url of a JWT segment, without padding', () => {
    for (const text of ['', 'a', 'ab', '{"service_id":"salesforce-53"}', 'ü', 'Zürich → 東京 🚀', '~~~???>>>']) {
      expect(encodeBase64Url(text)).toBe(Buffer.from(text, 'utf8').toString('base64url'));
      expect(decodeBase64Url(encodeBase64Url(text))).toBe(text);
    }
  });

  it('writes base64url’s alphabet, never + / or =', () => {
    expect(encodeBase64Url('~~~???>>>')).toBe('fn5-Pz8_Pj4-');
    expect(encodeJson({ state: 'a' })).not.toMatch(/[+/=]/);
  });
});
