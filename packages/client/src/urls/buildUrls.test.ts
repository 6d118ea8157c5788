import { describe, expect, it } from 'vitest';
import { UnsafeUrlError } from '../errors/UnsafeUrlError.js';
import { isVaultError } from '../errors/isVaultError.js';
import { buildAuthorizeUrl } from './buildAuthorizeUrl.js';
import { buildRevokeUrl } from './buildRevokeUrl.js';

const authorize_url = 'https://unify.apideck.com/vault/authorize/salesforce/app-1?state=eyJ.abc-_&x=1#keep';
const revoke_url = 'https://unify.apideck.com/vault/revoke/salesforce/app-1?state=eyJ.abc';

describe('buildAuthorizeUrl', () => {
  it('adds redirect_uri (percent-encoded), nonce and scope, keeping existing params and hash', () => {
    const url = buildAuthorizeUrl(
      { authorize_url },
      {
        redirectUri: 'https://app.example/oauth/callback?from=grid&x=a b',
        nonce: 'n-123',
        scope: ['openid', 'leads:write'],
      },
    );
    expect(url).toBe(
      'https://unify.apideck.com/vault/authorize/salesforce/app-1?state=eyJ.abc-_&x=1' +
        '&redirect_uri=https%3A%2F%2Fapp.example%2Foauth%2Fcallback%3Ffrom%3Dgrid%26x%3Da%20b' +
        '&nonce=n-123&scope=openid%20leads%3Awrite#keep',
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get('redirect_uri')).toBe('https://app.example/oauth/callback?from=grid&x=a b');
    expect(parsed.searchParams.get('scope')).toBe('openid leads:write');
  });

  it('replaces a same-named param instead of duplicating it', () => {
    const url = buildAuthorizeUrl({ authorize_url }, { redirectUri: 'https://a.example/cb', state: 'mine' });
    const params = new URL(url).searchParams;
    expect(params.getAll('state')).toEqual(['mine']);
    expect(params.get('x')).toBe('1');
    expect(params.has('nonce')).toBe(false);
    expect(params.has('scope')).toBe(false);
  });

  it('accepts a scope string as is', () => {
    const url = buildAuthorizeUrl({ authorize_url }, { redirectUri: 'https://a.example/cb', scope: 'openid profile' });
    expect(url).toContain('scope=openid%20profile');
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['plain http', 'http://unify.apideck.com/vault/authorize/x/y'],
    ['data:', 'data:text/html,hi'],
  ])('refuses a %s authorize_url with UnsafeUrlError', (_label, unsafe) => {
    const build = () => buildAuthorizeUrl({ authorize_url: unsafe }, { redirectUri: 'https://a.example/cb' });
    expect(build).toThrow(UnsafeUrlError);
    try {
      build();
    } catch (error) {
      expect(isVaultError(error)).toBe(true);
      expect((error as UnsafeUrlError).kind).toBe('unsafe-url');
      expect((error as UnsafeUrlError).url).toBe(unsafe);
    }
  });

  it('allows http on localhost (development consent pages)', () => {
    const url = buildAuthorizeUrl(
      { authorize_url: 'http://localhost:5173/mock-consent?s=1' },
      { redirectUri: 'http://localhost:5173/cb' },
    );
    expect(url).toBe('http://localhost:5173/mock-consent?s=1&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2Fcb');
  });
});

describe('buildRevokeUrl', () => {
  it('adds redirect_uri and keeps state', () => {
    expect(buildRevokeUrl({ revoke_url }, { redirectUri: 'https://app.example/integrations' })).toBe(
      `${revoke_url}&redirect_uri=https%3A%2F%2Fapp.example%2Fintegrations`,
    );
  });

  it('refuses a missing or unsafe revoke_url', () => {
    expect(() => buildRevokeUrl({ revoke_url: null }, { redirectUri: 'https://a.example' })).toThrow(
      /revoke URL is missing/,
    );
    expect(() => buildRevokeUrl({ revoke_url: 'javascript:void 0' }, { redirectUri: 'https://a.example' })).toThrow(
      UnsafeUrlError,
    );
  });
});
