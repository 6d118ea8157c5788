import { createVaultClient } from '@integrations-kit/client';
import { createMockSessionToken } from '@integrations-kit/mocks';
import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useConnection } from '../connections/useConnection.js';
import { useConnections } from '../connections/useConnections.js';
import { useUpdateConnection } from '../connections/useUpdateConnection.js';
import { useConnectors } from '../connectors/useConnectors.js';
import { isSessionExpiredError } from '../errors/SessionExpiredError.js';
import { shouldRetryVaultQuery } from '../query/shouldRetryVaultQuery.js';
import { createTestQueryClient, renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { PIPEDRIVE } from '../test/subjects.js';

const mock = setupVaultServer();
const expiredClient = () =>
  createVaultClient({
    token: createMockSessionToken({ appId: mock.appId, consumerId: mock.consumerId, expiresIn: -60 }),
    baseUrl: mock.baseUrl,
  });
const freshToken = () => createMockSessionToken({ appId: mock.appId, consumerId: mock.consumerId, expiresIn: 600 });

describe('session refresh on 401', () => {
  it('gets a new token once, retries the request with it and succeeds', async () => {
    const token = freshToken();
    const getToken = vi.fn(async () => token);
    const onSessionExpired = vi.fn();
    const { result } = renderWithClient(() => useConnections(), {
      mock,
      client: expiredClient(),
      getToken,
      onSessionExpired,
    });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(onSessionExpired).not.toHaveBeenCalled();
    expect(mock.requests.map((request) => request.headers.authorization)).toEqual([
      expect.not.stringContaining(token),
      `Bearer ${token}`,
    ]);
  });

  it('shares one refresh between requests refused together', async () => {
    const getToken = vi.fn(async () => freshToken());
    const { result } = renderWithClient(
      () => ({ connections: useConnections(), pipedrive: useConnection(PIPEDRIVE) }),
      {
        mock,
        client: expiredClient(),
        getToken,
      },
    );

    await waitFor(() => expect(result.current.connections.isSuccess && result.current.pipedrive.isSuccess).toBe(true));
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('refreshes for mutations too', async () => {
    const getToken = vi.fn(async () => freshToken());
    const { result } = renderWithClient(() => useUpdateConnection(), { mock, client: expiredClient(), getToken });

    const updated = await result.current.mutateAsync({ ...PIPEDRIVE, connection: { enabled: false } });
    expect(updated.enabled).toBe(false);
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(mock.requests.filter((request) => request.method === 'PATCH')).toHaveLength(2);
  });

  it('reports an expired session when the retried request is refused again', async () => {
    mock.fail({ path: '/vault/connections', status: 401, times: 2 });
    const getToken = vi.fn(async () => freshToken());
    const onSessionExpired = vi.fn();
    const { result } = renderWithClient(() => useConnections(), { mock, getToken, onSessionExpired });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(isSessionExpiredError(result.current.error)).toBe(true);
    expect(result.current.error).toMatchObject({ kind: 'api', status: 401 });
    expect(mock.requests).toHaveLength(2);
  });

  it('reports an expired session when getToken fails', async () => {
    const getToken = vi.fn(async (): Promise<string> => {
      throw new Error('signed out');
    });
    const onSessionExpired = vi.fn();
    const { result } = renderWithClient(() => useConnections(), {
      mock,
      client: expiredClient(),
      getToken,
      onSessionExpired,
    });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(isSessionExpiredError(result.current.error)).toBe(true);
    expect((result.current.error as Error).cause).toEqual(new Error('signed out'));
  });

  it('reports an expired session at once without getToken, never retrying', async () => {
    const onSessionExpired = vi.fn();
    const { result } = renderWithClient(() => useConnections(), { mock, client: expiredClient(), onSessionExpired });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(result.current.error?.message).toMatch(/session has expired/i);
    expect(mock.requests).toHaveLength(1);
  });
});

describe('a Connector API refusal', () => {
  // The live Connector API may refuse a Vault session token that Vault accepts: its 401 or 403 is
  // about that API, not the session, so it must neither refresh nor loop.
  it.each([401, 403])(
    'fails the connector read with its %i, calling getToken zero times and never retrying',
    async (status) => {
      mock.fail({ path: /^\/connector\//, status, times: 10 });
      const getToken = vi.fn(async () => freshToken());
      const onSessionExpired = vi.fn();
      const queryClient = createTestQueryClient({ defaultOptions: { queries: { retry: shouldRetryVaultQuery } } });
      const { result } = renderWithClient(() => ({ connectors: useConnectors(), connections: useConnections() }), {
        mock,
        queryClient,
        getToken,
        onSessionExpired,
      });

      await waitFor(() => expect(result.current.connectors.isError && result.current.connections.isSuccess).toBe(true));
      expect(result.current.connectors.error).toMatchObject({ kind: 'api', status });
      expect(isSessionExpiredError(result.current.connectors.error)).toBe(false);
      expect(getToken).not.toHaveBeenCalled();
      expect(onSessionExpired).not.toHaveBeenCalled();
      expect(mock.requests.filter((request) => request.path.startsWith('/connector/'))).toHaveLength(1);
    },
  );
});
