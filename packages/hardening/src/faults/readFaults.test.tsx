import { createMockSessionToken } from '@integrations-kit/mocks';
import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { createTestQueryClient, renderKit, setupVaultServer } from '../test/renderKit.js';

const errors = enMessages.dialog.errors;
const vault = setupVaultServer({ connections: [testConnection('crm', 'salesforce', 'Salesforce')] });
const { mock } = vault;
const LIST = '/vault/connections';
const listReads = () => mock.requests.filter((request) => request.method === 'GET' && request.path === LIST);

// Arrival time of every request, to check the waits between retries.
const arrivals: number[] = [];
vault.server.events.on('request:start', () => void arrivals.push(Date.now()));

function renderPage(
  options: { kitRetry?: boolean; getToken?: () => Promise<string>; onSessionExpired?: () => void; token?: string } = {},
) {
  arrivals.length = 0;
  return renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
    mock,
    queryClient: createTestQueryClient({ kitRetry: options.kitRetry }),
    getToken: options.getToken,
    onSessionExpired: options.onSessionExpired,
    token: options.token,
  });
}

// Long enough for the kit's backoff (1 s, then 2 s) before the list shows.
const card = () => screen.findByRole('button', { name: /^Salesforce CRM / }, { timeout: 8000 });

describe('a failed list read says what happened and offers what helps', { tags: ['faults'] }, () => {
  it.each([
    [400, errors.validation, false],
    [402, errors.paymentRequired, false],
    [404, errors.notFound, false],
    [422, errors.validation, false],
    [500, errors.serverDown, true],
    [502, errors.serverDown, true],
    [503, errors.serverDown, true],
  ])('%i: shows its message, with "Try again" only when retrying can help', async (status, message, retryable) => {
    mock.fail({ method: 'GET', path: LIST, status });
    const { user } = renderPage();
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByText(enMessages.grid.errorTitle)).toBeInTheDocument();
    const retry = screen.queryByRole('button', { name: enMessages.grid.retry });
    expect(Boolean(retry)).toBe(retryable);
    if (retry) {
      await user.click(retry);
      expect(await card()).toBeInTheDocument();
    }
  });

  it('429: tells how long to wait from Retry-After', async () => {
    mock.fail({ method: 'GET', path: LIST, status: 429, headers: { 'Retry-After': '7' } });
    renderPage();
    expect(await screen.findByText(errors.rateLimitedFor(7))).toBeInTheDocument();
  });

  it('a dropped network: says so and recovers on "Try again"', async () => {
    mock.fail({ method: 'GET', path: LIST, network: true });
    const { user } = renderPage();
    expect(await screen.findByText(errors.network)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: enMessages.grid.retry }));
    expect(await card()).toBeInTheDocument();
  });
});

describe('401: one token refresh, then "session expired"', { tags: ['faults'] }, () => {
  it('refreshes the token once and repeats the read with it', async () => {
    const expired = createMockSessionToken({ appId: mock.appId, consumerId: mock.consumerId, expiresIn: -60 });
    const getToken = vi.fn(async () => mock.token);
    renderPage({ token: expired, getToken });
    expect(await card()).toBeInTheDocument();
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(listReads().map((request) => request.headers.authorization)).toEqual([
      `Bearer ${expired}`,
      `Bearer ${mock.token}`,
    ]);
  });

  it('reports an expired session when the fresh token is refused too, and asks for no second one', async () => {
    mock.fail({ method: 'GET', path: LIST, status: 401, times: 5 });
    const getToken = vi.fn(async () => mock.token);
    const onSessionExpired = vi.fn();
    renderPage({ getToken, onSessionExpired, kitRetry: true });
    expect(await screen.findByText(errors.sessionExpired)).toBeInTheDocument();
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(listReads()).toHaveLength(2);
  });

  it('reports an expired session at once without a getToken', async () => {
    mock.fail({ method: 'GET', path: LIST, status: 401 });
    const onSessionExpired = vi.fn();
    renderPage({ onSessionExpired, kitRetry: true });
    expect(await screen.findByText(errors.sessionExpired)).toBeInTheDocument();
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: enMessages.grid.retry })).toBeNull();
  });
});

// The kit's backoff waits on timers: on a fake clock (still moving, so MSW and Testing Library
// work) the test moves time on in steps until the reads went out, instead of sitting the waits out.
async function untilReads(count: number) {
  for (let step = 0; listReads().length < count && step < 400; step += 1) {
    await act(() => vi.advanceTimersByTimeAsync(100));
  }
  expect(listReads()).toHaveLength(count);
}

describe('reads retry what waiting can fix, with backoff', { tags: ['faults'] }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retries 5xx with growing waits and shows the list when the server is back', async () => {
    mock.fail({ method: 'GET', path: LIST, status: 503 });
    mock.fail({ method: 'GET', path: LIST, status: 502 });
    renderPage({ kitRetry: true });
    await untilReads(3);
    expect(await card()).toBeInTheDocument();
    expect(listReads()).toHaveLength(3);
    const [first = 0, second = 0, third = 0] = arrivals;
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(third - second).toBeGreaterThanOrEqual(1900);
  });

  it('retries a 429 after the Retry-After the server asked for', async () => {
    mock.fail({ method: 'GET', path: LIST, status: 429, headers: { 'Retry-After': '1' } });
    renderPage({ kitRetry: true });
    await untilReads(2);
    expect(await card()).toBeInTheDocument();
    expect(listReads()).toHaveLength(2);
    expect((arrivals[1] ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('does not wait out a Retry-After longer than a minute: it says when to come back', async () => {
    mock.fail({ method: 'GET', path: LIST, status: 429, headers: { 'Retry-After': '120' } });
    renderPage({ kitRetry: true });
    expect(await screen.findByText(errors.rateLimitedFor(120))).toBeInTheDocument();
    expect(listReads()).toHaveLength(1);
  });

  it('retries a dropped network', async () => {
    mock.fail({ method: 'GET', path: LIST, network: true });
    renderPage({ kitRetry: true });
    await untilReads(2);
    expect(await card()).toBeInTheDocument();
    expect(listReads()).toHaveLength(2);
  });

  it.each([400, 402, 404, 422])('never retries a %i', async (status) => {
    mock.fail({ method: 'GET', path: LIST, status, times: 4 });
    renderPage({ kitRetry: true });
    expect(await screen.findByText(enMessages.grid.errorTitle)).toBeInTheDocument();
    // Past every wait of the kit's backoff: a retry would have gone out by now.
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(listReads()).toHaveLength(1);
  });
});
