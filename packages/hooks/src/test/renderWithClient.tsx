import { createVaultClient, type VaultClient } from '@integrations-kit/client';
import type { VaultMock } from '@integrations-kit/mocks';
import { setupVaultServer as setupMockServer } from '@integrations-kit/mocks/node';
import type { QueryClient } from '@tanstack/react-query';
import { renderHook, type RenderHookResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { VaultProvider } from '../provider/VaultProvider.js';
import { createTestQueryClient } from '@integrations-kit/test-kit';

type VaultServerOptions = Parameters<typeof setupMockServer>[1];

/**
 * Starts the project's mock Vault (MSW node server) for the current test file: listens before all
 * tests, resets state, log and faults after each, closes after all. Call once at top level.
 */
export function setupVaultServer(options?: VaultServerOptions): VaultMock {
  return setupMockServer({ beforeAll, afterEach, afterAll }, options).mock;
}

/** The shared test QueryClient (see @integrations-kit/test-kit). */
export { createTestQueryClient };

/** Options of `renderWithClient`. */
export interface RenderWithClientOptions {
  mock: VaultMock;
  queryClient?: QueryClient;
  /** Defaults to a client for the mock's session. */
  client?: VaultClient;
  getToken?: () => Promise<string>;
  onSessionExpired?: () => void;
  /** Render in `<StrictMode>` (effects run twice), as development builds of host apps do. */
  strict?: boolean;
}

/** The renderHook result plus the cache and client the hook ran with. */
export type RenderWithClientResult<R> = RenderHookResult<R, unknown> & {
  queryClient: QueryClient;
  client: VaultClient;
};

/**
 * Renders `hook` inside a `VaultProvider` for the mock's session with a fresh QueryClient, the
 * way a host app would.
 */
export function renderWithClient<R>(hook: () => R, options: RenderWithClientOptions): RenderWithClientResult<R> {
  const { mock, queryClient = createTestQueryClient(), getToken, onSessionExpired, strict = false } = options;
  const client = options.client ?? createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <VaultProvider client={client} queryClient={queryClient} getToken={getToken} onSessionExpired={onSessionExpired}>
      {children}
    </VaultProvider>
  );
  return { ...renderHook(hook, { wrapper, reactStrictMode: strict }), queryClient, client };
}
