import { createVaultClient, VaultApiError, type VaultClient } from '@integrations-kit/client';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { setupVaultServer } from '../node.js';
import type { VaultMock, VaultMockOptions } from '../types.js';

/** What a test file gets from `setupMockVault`. */
export interface MockVaultHarness {
  mock: VaultMock;
  /** A typed client on the mock's session. */
  client: VaultClient;
  /** `fetch` on the mock with the session headers (and any extra headers). */
  call(path: string, init?: RequestInit & { headers?: Record<string, string> }): Promise<Response>;
}

/**
 * Starts an MSW node server on a fresh mock for the test file (unhandled requests fail the
 * test), resetting the mock after each test.
 */
export function setupMockVault(options?: VaultMockOptions): MockVaultHarness {
  const { mock } = setupVaultServer({ beforeAll, afterEach, afterAll }, options);
  const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
  return {
    mock,
    client,
    call: (path, init = {}) =>
      fetch(`${mock.baseUrl}${path}`, {
        redirect: 'manual',
        ...init,
        headers: { ...sessionHeaders(mock, init.body !== undefined), ...init.headers },
      }),
  };
}

/** The headers a client on the mock's session sends (with a JSON content type when there is a body). */
export function sessionHeaders(mock: Pick<VaultMock, 'token' | 'appId' | 'consumerId'>, withBody = false) {
  return {
    Authorization: `Bearer ${mock.token}`,
    'x-apideck-app-id': mock.appId,
    'x-apideck-consumer-id': mock.consumerId,
    'x-apideck-auth-type': 'JWT',
    ...(withBody ? { 'Content-Type': 'application/json' } : {}),
  };
}

/** A JSON body for `call`. */
export const json = (value: unknown) => JSON.stringify(value);

/** The `VaultApiError` a call rejects with (fails the test when it resolves or fails otherwise). */
export async function apiError(promise: Promise<unknown>): Promise<VaultApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(VaultApiError);
  return error as VaultApiError;
}
