import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setupVaultServer } from './node.js';

type Hooks = Record<'beforeAll' | 'afterEach' | 'afterAll', Array<() => void | Promise<void>>>;
const run = (fns: Array<() => void | Promise<void>>) => Promise.all(fns.map((fn) => fn()));

function setupWithHooks() {
  const hooks: Hooks = { beforeAll: [], afterEach: [], afterAll: [] };
  const { mock, server } = setupVaultServer({
    beforeAll: (fn) => hooks.beforeAll.push(fn),
    afterEach: (fn) => hooks.afterEach.push(fn),
    afterAll: (fn) => hooks.afterAll.push(fn),
  });
  return { hooks, mock, server };
}

describe('setupVaultServer', () => {
  it('fails the test after a request that broke the contract, naming the request and the reason, unless the test allowed it', async () => {
    const { hooks, mock } = setupWithHooks();
    // No x-apideck-consumer-id: the session is enough for the mock's own checks, not for the contract.
    const headers = { Authorization: `Bearer ${mock.token}`, 'x-apideck-app-id': mock.appId };
    hooks.beforeAll.forEach((fn) => fn());
    try {
      expect((await fetch(`${mock.baseUrl}/vault/connections/crm/salesforce`, { headers })).status).toBe(422);
      await expect(run(hooks.afterEach)).rejects.toThrow(
        /GET https:\/\/unify\.apideck\.com\/vault\/connections\/crm\/salesforce: header x-apideck-consumer-id is required/,
      );
      expect(mock.requests).toHaveLength(0);

      mock.allowContractErrors();
      expect((await fetch(`${mock.baseUrl}/vault/connections/crm/salesforce`, { headers })).status).toBe(422);
      await expect(run(hooks.afterEach)).resolves.toBeDefined();
      expect(mock.contractErrorsAllowed).toBe(false);
    } finally {
      await run(hooks.afterAll);
    }
  });

  it('holds requests a test override answers to the contract too', async () => {
    const { hooks, mock, server } = setupWithHooks();
    const headers = {
      Authorization: `Bearer ${mock.token}`,
      'x-apideck-app-id': mock.appId,
      'x-apideck-consumer-id': mock.consumerId,
    };
    await run(hooks.beforeAll);
    try {
      server.use(
        http.patch(`${mock.baseUrl}/vault/connections/:unified_api/:service_id`, () =>
          HttpResponse.json({}, { status: 500 }),
        ),
      );
      const body = JSON.stringify({ enabled: 'yes' });
      expect(
        (await fetch(`${mock.baseUrl}/vault/connections/crm/close`, { method: 'PATCH', headers, body })).status,
      ).toBe(500);
      expect(mock.requests).toHaveLength(0);
      await expect(run(hooks.afterEach)).rejects.toThrow(
        /PATCH https:\/\/unify\.apideck\.com\/vault\/connections\/crm\/close: body \/enabled must be boolean/,
      );

      server.use(http.get(`${mock.baseUrl}/vault/connections`, () => HttpResponse.json({ data: [] })));
      expect((await fetch(`${mock.baseUrl}/vault/connections?api=crm`, { headers })).status).toBe(200);
      await expect(run(hooks.afterEach)).resolves.toBeDefined();
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

      await run(hooks.afterEach);
      expect(mock.requests).toHaveLength(0);
      expect((await fetch(`${mock.baseUrl}/vault/connections`, { headers })).status).toBe(200);
    } finally {
      hooks.afterAll.forEach((fn) => fn());
    }
  });
});
