import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVaultMock } from './createVaultMock.js';

const slow = createVaultMock({ baseUrl: 'https://slow.vault.test', latency: 120 });
const server = setupServer(...slow.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('latency', () => {
  it('delays every answer by the given milliseconds', async () => {
    const started = performance.now();
    const response = await fetch('https://slow.vault.test/vault/connections', {
      headers: { Authorization: `Bearer ${slow.token}`, 'x-apideck-app-id': slow.appId },
    });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
});
