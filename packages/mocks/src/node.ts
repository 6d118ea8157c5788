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
