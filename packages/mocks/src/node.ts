import { setupServer, type SetupServer } from 'msw/node';
import { createVaultMock } from './createVaultMock.js';
import type { VaultMock, VaultMockOptions } from './types.js';

/** What `createVaultServer` returns. */
export interface VaultServer {
  /** The MSW node server (not listening yet: call `server.listen()`). */
  server: SetupServer;
  mock: VaultMock;
}

/**
 * A mock Vault behind an MSW node server, for tests in Node.
 *
 * @example
 * const { server, mock } = createVaultServer();
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => mock.reset());
 * afterAll(() => server.close());
 */
export function createVaultServer(options?: VaultMockOptions): VaultServer {
  const mock = createVaultMock(options);
  return { server: setupServer(...mock.handlers), mock };
}

/** The test runner's file-level hooks: Vitest's and Jest's `beforeAll`/`afterEach`/`afterAll` fit as they are. */
export interface TestLifecycle {
  beforeAll: (fn: () => void) => unknown;
  afterEach: (fn: () => void) => unknown;
  afterAll: (fn: () => void) => unknown;
}

/**
 * `createVaultServer` wired into a test file: listens before its tests (an unhandled request is an
 * error), drops per-test handler overrides and resets the mock after each test (fixtures back,
 * request log and faults cleared), closes after all. Call once at the top level of a file.
 *
 * @example
 * import { afterAll, afterEach, beforeAll } from 'vitest';
 * const { mock } = setupVaultServer({ beforeAll, afterEach, afterAll });
 */
export function setupVaultServer(lifecycle: TestLifecycle, options?: VaultMockOptions): VaultServer {
  const vault = createVaultServer(options);
  lifecycle.beforeAll(() => vault.server.listen({ onUnhandledRequest: 'error' }));
  lifecycle.afterEach(() => {
    vault.server.resetHandlers();
    vault.mock.reset();
  });
  lifecycle.afterAll(() => vault.server.close());
  return vault;
}
