import { setupServer, type SetupServer } from 'msw/node';
import { createVaultMock } from './createVaultMock.js';
import type { RecordedRequest, VaultMock, VaultMockOptions } from './types.js';

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

/** Thrown after a test whose requests broke the contract: each request with its reasons. */
class ContractViolation extends Error {
  constructor(requests: RecordedRequest[]) {
    const lines = requests.map((request) => `${request.method} ${request.url}: ${request.contractErrors?.join('; ') ?? ''}`);
    super(`The mock Vault answered 422: requests broke the contract (call mock.allowContractErrors() in a test that means to):\n${lines.join('\n')}`);
    this.name = 'ContractViolation';
  }
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
 * request log and faults cleared), closes after all. A test that sent a request the contract
 * forbids fails after it with the contract's reasons, unless it called `mock.allowContractErrors()`.
 * Call once at the top level of a file.
 *
 * @example
 * import { afterAll, afterEach, beforeAll } from 'vitest';
 * const { mock } = setupVaultServer({ beforeAll, afterEach, afterAll });
 */
export function setupVaultServer(lifecycle: TestLifecycle, options?: VaultMockOptions): VaultServer {
  const vault = createVaultServer(options);
  lifecycle.beforeAll(() => vault.server.listen({ onUnhandledRequest: 'error' }));
  lifecycle.afterEach(() => {
    const broken = vault.mock.contractErrorsAllowed ? [] : vault.mock.requests.filter((request) => request.contractErrors);
    vault.server.resetHandlers();
    vault.mock.reset();
    if (broken.length > 0) throw new ContractViolation(broken);
  });
  lifecycle.afterAll(() => vault.server.close());
  return vault;
}
