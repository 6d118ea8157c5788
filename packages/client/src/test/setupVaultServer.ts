import type { RecordedRequest, VaultMockOptions } from '@integrations-kit/mocks';
import { setupVaultServer as setupMockServer } from '@integrations-kit/mocks/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createVaultClient } from '../index.js';
import type { VaultClientOptions } from '../index.js';

/**
 * Starts the project's mock Vault behind an MSW node server for one test file (unhandled requests
 * fail the test) and resets its state, request log and faults after every test.
 */
export function setupVaultServer(options?: VaultMockOptions) {
  const { server, mock } = setupMockServer({ beforeAll, afterEach, afterAll }, options);

  return {
    server,
    mock,
    /** A client on the mock's session (its token carries the mock's app and consumer). */
    createClient: (overrides: Partial<VaultClientOptions> = {}) =>
      createVaultClient({ token: mock.token, baseUrl: mock.baseUrl, ...overrides }),
    /** The one request the test made (fails when there were more or none). */
    onlyRequest(): RecordedRequest {
      if (mock.requests.length !== 1) {
        throw new Error(
          `Expected exactly one request, saw ${mock.requests.map((r) => `${r.method} ${r.path}`).join(', ') || 'none'}`,
        );
      }
      return mock.requests[0] as RecordedRequest;
    },
  };
}
