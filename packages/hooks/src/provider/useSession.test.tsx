import { createMockSessionToken, mockSessions } from '@integrations-kit/mocks';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useConnections } from '../connections/useConnections.js';
import { createTestQueryClient, setupVaultServer } from '../test/renderWithClient.js';
import { useSession } from './useSession.js';
import { VaultProvider } from './VaultProvider.js';

const mock = setupVaultServer();

function useSessionAndConnections() {
  return { session: useSession(), connections: useConnections() };
}

describe('useSession', () => {
  it("reads the provider token's display claims without a request", () => {
    const token = createMockSessionToken({
      appId: mock.appId,
      consumerId: mock.consumerId,
      session: mockSessions.sandbox,
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VaultProvider token={token} queryClient={createTestQueryClient()}>
        {children}
      </VaultProvider>
    );
    const { result } = renderHook(() => useSession(), { wrapper });
    expect(result.current.settings).toEqual({ sandbox_mode: true });
    expect(mock.requests).toEqual([]);
  });

  it('follows the token when a refused request refreshes it through getToken', async () => {
    const expired = createMockSessionToken({
      appId: mock.appId,
      consumerId: mock.consumerId,
      expiresIn: -60,
      session: mockSessions.sandbox,
    });
    const fresh = createMockSessionToken({
      appId: mock.appId,
      consumerId: mock.consumerId,
      session: mockSessions.theme,
    });
    const getToken = () => Promise.resolve(fresh);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VaultProvider token={expired} getToken={getToken} queryClient={createTestQueryClient()}>
        {children}
      </VaultProvider>
    );
    const { result } = renderHook(useSessionAndConnections, { wrapper });
    expect(result.current.session.settings.sandbox_mode).toBe(true);

    await waitFor(() => expect(result.current.connections.isSuccess).toBe(true));
    expect(result.current.session).toEqual({ settings: {}, consumer_metadata: {}, ...mockSessions.theme });
  });

  it('is empty outside a provider', () => {
    const { result } = renderHook(() => useSession());
    expect(result.current).toEqual({ settings: {}, theme: {}, consumer_metadata: {} });
  });
});
