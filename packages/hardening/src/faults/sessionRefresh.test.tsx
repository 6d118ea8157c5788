import { useVaultClient } from '@integrations-kit/hooks';
import { createMockSessionToken } from '@integrations-kit/mocks';
import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { act, screen, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const SERVICES = Array.from({ length: 10 }, (_, index) => `service${index}`);
const vault = setupVaultServer({
  connections: [
    testConnection('crm', 'salesforce', 'Salesforce'),
    ...SERVICES.map((id) => testConnection('crm', id, id)),
  ],
});
const { mock } = vault;
const expiredToken = () => createMockSessionToken({ appId: mock.appId, consumerId: mock.consumerId, expiresIn: -60 });
const errors = enMessages.dialog.errors;

afterEach(() => {
  vi.useRealTimers();
});

/**
 * Reads the ten connections at once through the provider's client; resolves with how each ended.
 * The answers arrive 5 ms apart, as over a real network: most 401s land after a fast refresh ended.
 */
function renderTenReads(getToken: () => Promise<string>, onSessionExpired = vi.fn()) {
  vault.server.use(
    http.get(`${mock.baseUrl}/vault/connections/crm/:serviceId`, async ({ params }) => {
      await delay(SERVICES.indexOf(String(params.serviceId)) * 5);
      // Nothing returned: the mock answers (401 for the expired token).
    }),
  );
  let settle: (outcomes: PromiseSettledResult<unknown>[]) => void = () => {};
  const outcomes = new Promise<PromiseSettledResult<unknown>[]>((resolve) => {
    settle = resolve;
  });
  function TenReads() {
    const client = useVaultClient();
    useEffect(() => {
      void Promise.allSettled(
        SERVICES.map((serviceId) => client.connections.get({ unifiedApi: 'crm', serviceId })),
      ).then(settle);
    }, [client]);
    return null;
  }
  const view = renderKit(<TenReads />, { mock, token: expiredToken(), getToken, onSessionExpired });
  return { ...view, outcomes, onSessionExpired };
}

const reasons = (outcomes: PromiseSettledResult<unknown>[]) =>
  outcomes.map((outcome) => (outcome.status === 'rejected' ? (outcome.reason as Error).name : 'fulfilled'));

describe('getToken: one refresh for every 401, success or failure', { tags: ['faults'] }, () => {
  it('calls a fast-failing getToken once for ten concurrent 401s, and all ten report the expired session', async () => {
    const getToken = vi.fn(() => Promise.reject(new Error('sign-in service down')));
    const { outcomes, onSessionExpired } = renderTenReads(getToken);
    const ended = await outcomes;
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(
      ended.every(
        (outcome) => outcome.status === 'rejected' && (outcome.reason as { sessionExpired?: boolean }).sessionExpired,
      ),
    ).toBe(true);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('calls a getToken that fails after a while once for ten concurrent 401s', async () => {
    // A real delay: the ten reads must really pile up behind one pending refresh.
    const getToken = vi.fn(() => new Promise<string>((_, reject) => setTimeout(() => reject(new Error('no')), 30)));
    const { outcomes } = renderTenReads(getToken);
    await outcomes;
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('calls a succeeding getToken once for ten concurrent 401s and every read succeeds', async () => {
    const getToken = vi.fn(async () => mock.token);
    const { outcomes } = renderTenReads(getToken);
    expect(reasons(await outcomes)).toEqual(SERVICES.map(() => 'fulfilled'));
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('asks again for a request started after a failed refresh (a retry is a new attempt)', async () => {
    let calls = 0;
    const getToken = vi.fn(() => (++calls === 1 ? Promise.reject(new Error('down')) : Promise.resolve(mock.token)));
    const { outcomes } = renderTenReads(getToken);
    await outcomes;
    const second = renderTenReads(getToken);
    expect(reasons(await second.outcomes)).toEqual(SERVICES.map(() => 'fulfilled'));
    expect(getToken).toHaveBeenCalledTimes(2);
  });
});

describe('getToken that never settles', { tags: ['faults'] }, () => {
  it('fails the ten reads after the timeout with a clear error, having asked once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const getToken = vi.fn(() => new Promise<string>(() => {}));
    const { outcomes, onSessionExpired } = renderTenReads(getToken);
    await waitFor(() => expect(getToken).toHaveBeenCalledTimes(1));
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    const ended = await outcomes;
    expect(reasons(ended)).toEqual(SERVICES.map(() => 'SessionRefreshTimeoutError'));
    expect((ended[0] as PromiseRejectedResult).reason).toHaveProperty(
      'message',
      expect.stringMatching(/getToken.*did not settle/),
    );
    expect(getToken).toHaveBeenCalledTimes(1);
    // Not known to be expired: the host's sign-in may just be slow.
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('the page says signing in again took too long and recovers on "Try again"', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let answer: ((token: string) => void) | undefined;
    const getToken = vi.fn(
      () => new Promise<string>((resolve) => (answer = getToken.mock.calls.length > 1 ? resolve : undefined)),
    );
    const { user } = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
      mock,
      token: expiredToken(),
      getToken,
      user: { advanceTimers: vi.advanceTimersByTime },
    });
    await waitFor(() => expect(getToken).toHaveBeenCalledTimes(1));
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(await screen.findByText(errors.sessionTimeout)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: enMessages.grid.retry }));
    await waitFor(() => expect(getToken).toHaveBeenCalledTimes(2));
    act(() => answer?.(mock.token));
    expect(await screen.findByRole('button', { name: /^Salesforce CRM / })).toBeInTheDocument();
  });
});
