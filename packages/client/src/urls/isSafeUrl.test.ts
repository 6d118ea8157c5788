import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSafeUrl } from './isSafeUrl.js';

describe('isSafeUrl', () => {
  it.each([
    'https://unify.apideck.com/vault/authorize/salesforce/app?state=x',
    'http://localhost:5173/callback',
    'http://127.0.0.1:8080/',
    'http://[::1]/',
  ])('allows %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    undefined,
    null,
    '',
    '/relative/path',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com/',
    'http://localhost.evil.example/',
    'ftp://example.com/file',
    'https://trusted.example@evil.example/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it('allows data:image URLs only when asked', () => {
    const icon = 'data:image/svg+xml;base64,PHN2Zy8+';
    expect(isSafeUrl(icon)).toBe(false);
    expect(isSafeUrl(icon, { allowImageData: true })).toBe(true);
    expect(isSafeUrl('data:image/png,abc', { allowImageData: true })).toBe(true);
    expect(isSafeUrl('data:text/html;base64,PHNjcmlwdD4=', { allowImageData: true })).toBe(false);
  });

  describe('loopback http is for development only', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it.each(['http://127.0.0.1:8080/', 'http://127.0.0.1:1/admin', 'http://localhost:5173/callback', 'http://[::1]/'])(
      'refuses %s on a page served from a real host',
      (url) => {
        vi.stubGlobal('location', new URL('https://app.example.com/settings'));
        expect(isSafeUrl(url)).toBe(false);
        expect(isSafeUrl('https://unify.apideck.com/vault/authorize/x/app')).toBe(true);
      },
    );

    it.each(['http://localhost:5173/', 'http://127.0.0.1:4000/', 'http://[::1]:3000/'])(
      'allows it on a page at %s',
      (page) => {
        vi.stubGlobal('location', new URL(page));
        expect(isSafeUrl('http://127.0.0.1:8080/mock-consent')).toBe(true);
        expect(isSafeUrl('http://localhost:5173/callback')).toBe(true);
      },
    );
  });
});
