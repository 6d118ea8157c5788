import { createVaultClient } from '@integrations-kit/client';
import { createVaultMock } from '@integrations-kit/mocks';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useConnections } from '../connections/useConnections.js';
import { useConnectors } from '../connectors/useConnectors.js';
import { createTestQueryClient, setupVaultServer } from '../test/renderWithClient.js';
import { useVaultClient } from './useVaultClient.js';
import { VaultProvider } from './VaultProvider.js';

const mock = setupVaultServer();

describe('VaultProvider', () => {
  it('creates the client from a token and sends the session headers with every request', async () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VaultProvider token={mock.token} queryClient={createTestQueryClient()}>
        {children}
      </VaultProvider>
    );
    const { result } = renderHook(() => useConnections({ api: 'crm' }), { wrapper });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.every((connection) => connection.unified_api === 'crm')).toBe(true);
    const [request] = mock.requests;
    expect(request?.headers).toMatchObject({
      authorization: `Bearer ${mock.token}`,
      'x-apideck-app-id': mock.appId,
      'x-apideck-consumer-id': mock.consumerId,
      'x-apideck-auth-type': 'JWT',
    });
  });

  it("runs on a mock's fetch function, which the server listening in this file never sees", async () => {
    const ownMock = createVaultMock({ baseUrl: 'https://vault.test.invalid' });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VaultProvider
        token={ownMock.token}
        baseUrl={ownMock.baseUrl}
        fetch={ownMock.fetch}
        queryClient={createTestQueryClient()}
      >
        {children}
      </VaultProvider>
    );
    const { result } = renderHook(() => useConnections({ api: 'crm' }), { wrapper });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.length).toBeGreaterThan(0);
    expect(ownMock.requests.map((request) => request.url)).toEqual([
      'https://vault.test.invalid/vault/connections?api=crm',
    ]);
    expect(mock.requests).toEqual([]);
  });

  it('routes connector calls to connectorBaseUrl and keeps Vault calls on baseUrl', async () => {
    const proxy = 'https://app.example.test/api/apideck';
    const urls: string[] = [];
    // Stands in for the host's proxy: records the URL, then lets the mock answer.
    const viaProxy = (input: RequestInfo | URL) => {
      const request = input as Request;
      urls.push(request.url);
      return fetch(new Request(request.url.replace(proxy, mock.baseUrl), request));
    };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VaultProvider
        token={mock.token}
        baseUrl={mock.baseUrl}
        connectorBaseUrl={proxy}
        fetch={viaProxy}
        queryClient={createTestQueryClient()}
      >
        {children}
      </VaultProvider>
    );
    const { result } = renderHook(
      () => ({ client: useVaultClient(), connectors: useConnectors({ limit: 2 }), connections: useConnections() }),
      {
        wrapper,
      },
    );

    expect(result.current.client.connectorBaseUrl).toBe(proxy);
    await waitFor(() => expect(result.current.connectors.isSuccess && result.current.connections.isSuccess).toBe(true));
    expect(urls.sort()).toEqual([`${proxy}/connector/connectors?limit=2`, `${mock.baseUrl}/vault/connections`]);
  });

  it("uses the host's QueryClientProvider when there is one above it", async () => {
    const host = createTestQueryClient();
    const client = createVaultClient({ token: mock.token });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={host}>
        <VaultProvider client={client}>{children}</VaultProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => ({ queryClient: useQueryClient(), connections: useConnections() }), {
      wrapper,
    });

    expect(result.current.queryClient).toBe(host);
    await waitFor(() => expect(result.current.connections.isSuccess).toBe(true));
    expect(host.getQueryCache().getAll()).toHaveLength(1);
  });

  it('brings its own QueryClient when the host has none', async () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VaultProvider token={mock.token}>{children}</VaultProvider>
    );
    const { result } = renderHook(() => ({ queryClient: useQueryClient(), connections: useConnections() }), {
      wrapper,
    });

    expect(result.current.queryClient).toBeInstanceOf(QueryClient);
    await waitFor(() => expect(result.current.connections.isSuccess).toBe(true));
  });

  it('hands the session-aware client to useVaultClient and refuses to work outside a provider', () => {
    const client = createVaultClient({ token: mock.token });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VaultProvider client={client}>{children}</VaultProvider>
    );
    const { result } = renderHook(() => useVaultClient(), { wrapper });
    expect(result.current.consumerId).toBe(mock.consumerId);
    expect(result.current.baseUrl).toBe(client.baseUrl);

    expect(() => renderHook(() => useVaultClient())).toThrow(/inside <VaultProvider>/);
  });
});
