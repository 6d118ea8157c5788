import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createVaultMock } from './createVaultMock.js';

const slow = createVaultMock({ baseUrl: 'https://slow.vault.test', latency: 120 });
const server = setupServer(...slow.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => vi.useRealTimers());
afterAll(() => server.close());

describe('latency', () => {
  it('holds every answer for the given milliseconds', async () => {
    // Only timers are faked: the clock stands still until the test moves it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let answered = false;
    const response = fetch('https://slow.vault.test/vault/connections', {
      headers: { Authorization: `Bearer ${slow.token}`, 'x-apideck-app-id': slow.appId },
    }).finally(() => {
      answered = true;
    });
    // The mock logs the request, then waits (vi.waitFor would move the fake clock, so poll by ticks).
    while (slow.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));

    await vi.advanceTimersByTimeAsync(119);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    expect((await response).status).toBe(200);
    expect(answered).toBe(true);
  });
});
