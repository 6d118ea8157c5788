import { describe, expect, it } from 'vitest';
import { decodeSessionToken } from './decodeSessionToken.js';

function jwt(payload: unknown): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

describe('decodeSessionToken', () => {
  it('reads application_id, consumer_id and exp from the payload', () => {
    const token = jwt({ application_id: 'app-1', consumer_id: 'user-ü/1', exp: 1_900_000_000, iat: 1 });
    expect(decodeSessionToken(token)).toEqual({ application_id: 'app-1', consumer_id: 'user-ü/1', exp: 1_900_000_000 });
  });

  it('decodes base64url payloads that need "-" and "_" and no padding', () => {
    // '>>>' and '???' encode to characters only base64url has.
    const token = jwt({ application_id: '>>>', consumer_id: '???' });
    expect(token.split('.')[1]).toMatch(/[-_]/);
    expect(decodeSessionToken(token)).toEqual({ application_id: '>>>', consumer_id: '???' });
  });

  it('ignores claims of the wrong type', () => {
    expect(decodeSessionToken(jwt({ application_id: 42, consumer_id: '', exp: 'soon' }))).toEqual({});
  });

  it.each([
    '',
    'not-a-jwt',
    'a.!!!.c',
    `a.${Buffer.from('[1').toString('base64url')}.c`,
    `a.${Buffer.from('null').toString('base64url')}.c`,
  ])('returns {} for the unreadable token %j', (token) => {
    expect(decodeSessionToken(token)).toEqual({});
  });
});
