import { describe, expect, it } from 'vitest';
import { setupVaultServer } from './node.js';

describe('setupVaultServer', () => {
  it('listens in beforeAll, resets the mock and handler overrides in afterEach, closes in afterAll', async () => {
    const hooks: Record<'beforeAll' | 'afterEach' | 'afterAll', Array<() => void>> = { beforeAll: [], afterEach: [], afterAll: [] };
    const { mock } = setupVaultServer({
      beforeAll: (fn) => hooks.beforeAll.push(fn),
      afterEach: (fn) => hooks.afterEach.push(fn),
      afterAll: (fn) => hooks.afterAll.push(fn),
    });
    expect([hooks.beforeAll.length, hooks.afterEach.length, hooks.afterAll.length]).toEqual([1, 1, 1]);
    const headers = {
      Authorization: `Bearer ${mock.token}`,
      'x-apideck-app-id': mock.appId,
      'x-apideck-consumer-id': mock.consumerId,
    };

    hooks.beforeAll.forEach((fn) => fn());
    try {
      mock.fail({ path: '/vault/connections', status: 503, times: Infinity });
      expect((await fetch(`${mock.baseUrl}/vault/connections`, { headers })).status).toBe(503);
      expect(mock.requests).toHaveLength(1);

      hooks.afterEach.forEach((fn) => fn());
      expect(mock.requests).toHaveLength(0);
      expect((await fetch(`${mock.baseUrl}/vault/connections`, { headers })).status).toBe(200);
    } finally {
      hooks.afterAll.forEach((fn) => fn());
    }
  });
});
