import { UnsafeUrlError, VaultApiError, VaultNetworkError, VaultResponseError } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { SessionExpiredError } from '../errors/SessionExpiredError.js';
import { shouldRetryVaultQuery } from './shouldRetryVaultQuery.js';
import { vaultRetryDelay } from './vaultRetryDelay.js';

const api = (status: number, retryAfter?: string) =>
  new VaultApiError({ status, body: {}, retryAfter: retryAfter ?? null });

describe('shouldRetryVaultQuery', () => {
  it('retries rate limits, server errors and network failures', () => {
    expect(shouldRetryVaultQuery(0, api(429))).toBe(true);
    expect(shouldRetryVaultQuery(0, api(500))).toBe(true);
    expect(shouldRetryVaultQuery(1, api(503))).toBe(true);
    expect(
      shouldRetryVaultQuery(2, new VaultNetworkError('GET /vault/connections', { cause: new TypeError('offline') })),
    ).toBe(true);
  });

  it('never retries other client errors, expired sessions, bad shapes or unsafe URLs', () => {
    for (const status of [400, 401, 402, 403, 404, 409, 422]) expect(shouldRetryVaultQuery(0, api(status))).toBe(false);
    expect(shouldRetryVaultQuery(0, new SessionExpiredError(api(401)))).toBe(false);
    expect(
      shouldRetryVaultQuery(0, new VaultResponseError('GET /x', { status: 200, body: {}, expected: 'data' })),
    ).toBe(false);
    expect(shouldRetryVaultQuery(0, new UnsafeUrlError('authorize URL', 'javascript:alert(1)'))).toBe(false);
    expect(shouldRetryVaultQuery(0, new Error('boom'))).toBe(false);
  });

  it('stops after three retries', () => {
    expect(shouldRetryVaultQuery(3, api(503))).toBe(false);
  });

  it('gives up on a Retry-After too long to wait for in a UI', () => {
    expect(shouldRetryVaultQuery(0, api(429, '30'))).toBe(true);
    expect(shouldRetryVaultQuery(0, api(429, '3600'))).toBe(false);
  });
});

describe('vaultRetryDelay', () => {
  it("waits the server's Retry-After when there is one", () => {
    expect(vaultRetryDelay(0, api(429, '7'))).toBe(7000);
  });

  it('backs off exponentially otherwise, capped at 30 seconds', () => {
    expect(vaultRetryDelay(0, api(503))).toBe(1000);
    expect(vaultRetryDelay(2, api(503))).toBe(4000);
    expect(vaultRetryDelay(10, api(503))).toBe(30_000);
  });
});
