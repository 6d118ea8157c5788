import { describe, expect, it } from 'vitest';
import { setupVaultServer } from './node.js';

type Hooks = Record<'beforeAll' | 'afterEach' | 'afterAll', Array<() => void>>;

function setupWithHooks() {
  const hooks: Hooks = { beforeAll: [], afterEach: [], afterAll: [] };
  const { mock } = setupVaultServer({
    beforeAll: (fn) => hooks.beforeAll.push(fn),
    afterEach: (fn) => hooks.afterEach.push(fn),
    afterAll: (fn) => hooks.afterAll.push(fn),
  });
  return { hooks, mock };
}

describe('setupVaultServer', () => {
  it('fails the test after a request that broke the contract, naming the request and the reason, unless the test allowed it', async () => {
    const { hooks, mock } = setupWithHooks();
    // No x-apideck-consumer-id: the session is enough for the mock's own checks, not for the contract.
    const headers = { Authorization: `Bearer ${mock.token}`, 'x-apideck-app-id': mock.appId };
    hooks.beforeAll.forEach((fn) => fn());
    try {
      expect((await fetch(`${mock.baseUrl}/vault/connections/crm/salesforce`, { headers })).status).toBe(422);
      expect(() => hooks.afterEach.forEach((fn) => fn())).toThrow(
        /GET https:\/\/unify\.apideck\.com\/vault\/connections\/crm\/salesforce: header x-apideck-consumer-id is required/,
      );
      expect(mock.requests).toHaveLength(0);

      mock.allowContractErrors();
      expect((await fetch(`${mock.baseUrl}/vault/connections/crm/salesforce`, { headers })).status).toBe(422);
      expect(() => hooks.afterEach.forEach((fn) => fn())).not.toThrow();
      expect(mock.contractErrorsAllowed).toBe(false);
    } finally {
      hooks.afterAll.forEach((fn) => fn());
    }
  });

  it('listens in beforeAll, resets the mock and handler overrides in afterEach, closes in afterAll', async () => {
    const { hooks, mock } = setupWithHooks();
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
