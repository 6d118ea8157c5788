import { setupServer, type SetupServer } from 'msw/node';
import { violationLine, watchRequests } from './contract/watchRequests.js';
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

/** Thrown after a test whose requests broke the contract: each request with its reasons. */
class ContractViolation extends Error {
  constructor(lines: string[]) {
    super(
      `Requests broke the Vault contract (call mock.allowContractErrors() in a test that means to):\n${lines.join('\n')}`,
    );
    this.name = 'ContractViolation';
  }
}

/** The test runner's file-level hooks: Vitest's and Jest's `beforeAll`/`afterEach`/`afterAll` fit as they are. */
export interface TestLifecycle {
  beforeAll: (fn: () => void) => unknown;
  /** The runner awaits what `fn` returns (Vitest and Jest both do). */
  afterEach: (fn: () => void | Promise<void>) => unknown;
  afterAll: (fn: () => void) => unknown;
}

/**
 * `createVaultServer` wired into a test file: listens before its tests (an unhandled request is an
 * error), drops per-test handler overrides and resets the mock after each test (fixtures back,
 * request log and faults cleared), closes after all. A test that sent a request the contract
 * forbids fails after it with the contract's reasons, unless it called `mock.allowContractErrors()`:
 * whether the mock's routes answered it (422) or a `server.use(...)` override did.
 * Call once at the top level of a file.
 *
 * @example
 * import { afterAll, afterEach, beforeAll } from 'vitest';
 * const { mock } = setupVaultServer({ beforeAll, afterEach, afterAll });
 */
export function setupVaultServer(lifecycle: TestLifecycle, options?: VaultMockOptions): VaultServer {
  const vault = createVaultServer(options);
  lifecycle.beforeAll(() => vault.server.listen({ onUnhandledRequest: 'error' }));
  const overridden = options?.validateRequests === false ? undefined : watchRequests(vault.server, vault.mock.baseUrl);
  lifecycle.afterEach(async () => {
    const routed = vault.mock.requests.flatMap((request) =>
      request.contractErrors ? [violationLine(request, request.contractErrors)] : [],
    );
    const allowed = vault.mock.contractErrorsAllowed;
    vault.server.resetHandlers();
    vault.mock.reset();
    const broken = [...routed, ...((await overridden?.take()) ?? [])];
    if (broken.length > 0 && !allowed) throw new ContractViolation(broken);
  });
  lifecycle.afterAll(() => vault.server.close());
  return vault;
}
