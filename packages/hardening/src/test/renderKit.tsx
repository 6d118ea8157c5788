import { createVaultClient } from '@integrations-kit/client';
import { VaultProvider } from '@integrations-kit/hooks';
import type { VaultMock, VaultMockOptions } from '@integrations-kit/mocks';
import { setupVaultServer as setupMockServer } from '@integrations-kit/mocks/node';
import type { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { SetupServer } from 'msw/node';
import type { ReactElement, ReactNode } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createTestQueryClient } from '@integrations-kit/test-kit';

/** The project's mock Vault behind an MSW node server, for one test file. */
export interface VaultServerHandle {
  server: SetupServer;
  mock: VaultMock;
}

/**
 * Starts the mock Vault for the current file (unhandled requests are errors), resets its state,
 * faults and any per-test handler overrides after each case. Call once at top level.
 */
export function setupVaultServer(options?: VaultMockOptions): VaultServerHandle {
  return setupMockServer({ beforeAll, afterEach, afterAll }, options);
}

/**
 * A fresh cache per case. Retries are off unless `kitRetry` is set: then the host chose nothing
 * and the kit's own read rule (429/5xx/network, with backoff) applies, as in a real app.
 */
/** The shared test QueryClient (see @integrations-kit/test-kit); `kitRetry` lets the kit's retry policy run. */
export { createTestQueryClient };

/** Options of `renderKit`. */
export interface RenderKitOptions {
  mock: VaultMock;
  queryClient?: QueryClient;
  getToken?: () => Promise<string>;
  onSessionExpired?: () => void;
  /** The session token the client starts with (default: the mock's valid one). */
  token?: string;
  /** userEvent options (fake timers need `advanceTimers`). */
  user?: Parameters<typeof userEvent.setup>[0];
}

/** What `renderKit` returns. */
export type RenderKitResult = RenderResult & { user: UserEvent; queryClient: QueryClient };

/** Renders `ui` the way a host app does: its own QueryClient and a `VaultProvider` for the mock's session. */
export function renderKit(ui: ReactElement, options: RenderKitOptions): RenderKitResult {
  const { mock, queryClient = createTestQueryClient(), getToken, onSessionExpired } = options;
  const client = createVaultClient({ token: options.token ?? mock.token, baseUrl: mock.baseUrl });
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <VaultProvider client={client} queryClient={queryClient} getToken={getToken} onSessionExpired={onSessionExpired}>
        {children}
      </VaultProvider>
    );
  }
  const user = userEvent.setup(options.user);
  const result: RenderResult = render(ui, { wrapper: Wrapper });
  return { ...result, user, queryClient };
}
