import { createVaultClient } from '@integrations-kit/client';
import { VaultProvider, type VaultProviderProps } from '@integrations-kit/hooks';
import { createMockSessionToken, type MockSessionClaims, type VaultMock } from '@integrations-kit/mocks';
import { setupVaultServer as setupMockServer } from '@integrations-kit/mocks/node';
import type { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Messages } from '../i18n/messages.js';
import { mergeMessages, type DeepPartial } from '../i18n/mergeMessages.js';
import { MessagesProvider } from '../i18n/MessagesProvider.js';
import { de } from '../locales/de.js';
import { createTestQueryClient } from '@integrations-kit/test-kit';

type VaultServerOptions = Parameters<typeof setupMockServer>[1];

/**
 * Starts the project's mock Vault (MSW node server) for the current test file: listens before
 * all tests, resets state, log and faults after each, closes after all. Call once at top level.
 */
export function setupVaultServer(options?: VaultServerOptions): VaultMock {
  return setupMockServer({ beforeAll, afterEach, afterAll }, options).mock;
}

/** The shared test QueryClient (see @integrations-kit/test-kit). */
export { createTestQueryClient };

/** Options of `renderWithKit`. */
export interface RenderWithKitOptions extends Omit<RenderOptions, 'wrapper' | 'queries'> {
  /** The mock Vault to talk to; without it no `VaultProvider` is rendered (presentational parts). */
  mock?: VaultMock;
  messages?: DeepPartial<Messages>;
  /** Renders in German (`de` from `@integrations-kit/ui/locales/de`), `messages` applied on top. */
  locale?: 'de';
  queryClient?: QueryClient;
  /** Passed to `VaultProvider`: how the session is refreshed after a 401. */
  getToken?: () => Promise<string>;
  onSessionExpired?: () => void;
  /** Display claims of the session token (`settings`, `theme`, `consumer_metadata`) the provider reads. */
  session?: MockSessionClaims;
}

/** What `renderWithKit` returns: Testing Library's result plus the test's tools. */
export type RenderWithKitResult = RenderResult & {
  user: UserEvent;
  queryClient: QueryClient;
  mock: VaultMock | undefined;
};

/**
 * Renders `ui` inside a fresh QueryClient, a `VaultProvider` for the mock's session and a
 * `MessagesProvider`, the way a host app would.
 */
export function renderWithKit(ui: ReactElement, options: RenderWithKitOptions = {}): RenderWithKitResult {
  const {
    mock,
    messages,
    locale,
    queryClient = createTestQueryClient(),
    getToken,
    onSessionExpired,
    session,
    ...renderOptions
  } = options;
  const client = mock ? createVaultClient({ token: mock.token, baseUrl: mock.baseUrl }) : undefined;
  // With display claims, the provider creates its client from the token, as a host's would, and reads them.
  const connect: Pick<VaultProviderProps, 'client' | 'token' | 'baseUrl'> =
    mock && session
      ? {
          token: createMockSessionToken({ appId: mock.appId, consumerId: mock.consumerId, session }),
          baseUrl: mock.baseUrl,
        }
      : { client };
  function Wrapper({ children }: { children: ReactNode }) {
    const tree = (
      <MessagesProvider messages={locale === 'de' ? mergeMessages(de, messages) : messages}>
        {children}
      </MessagesProvider>
    );
    const providerProps = { ...connect, queryClient, getToken, onSessionExpired } as VaultProviderProps;
    return client ? <VaultProvider {...providerProps}>{tree}</VaultProvider> : tree;
  }
  const user = userEvent.setup();
  const result = render(ui, { ...renderOptions, wrapper: Wrapper });
  return { ...result, user, queryClient, mock };
}
