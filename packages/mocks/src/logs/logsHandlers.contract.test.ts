import { beforeAll, describe, expect, it } from 'vitest';
import { loadContract, type Contract } from '../test/contract.js';
import { setupMockVault } from '../test/harness.js';

const { mock, call } = setupMockVault({ dialect: 'contract' });
let vault: Contract;
// Parsing the document takes a few seconds on a busy machine.
beforeAll(() => {
  vault = loadContract('vault');
}, 60_000);

const LOGS = '/vault/logs';

describe('the logs handler answers what the OpenAPI contract says', () => {
  it('GET answers logged requests, successes and failures, in the contract shape', async () => {
    await call('/vault/connections/crm/salesforce');
    await call('/vault/connections/crm/nope');
    const response = await call(`${LOGS}?limit=1`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: unknown[]; meta: { cursors: { next: string } } };
    expect(vault.validate(LOGS, 'GET', 200, body)).toEqual([]);
    const next = await call(`${LOGS}?limit=1&cursor=${body.meta.cursors.next}`);
    const second = (await next.json()) as { data: Array<{ status_code: number }> };
    expect(vault.validate(LOGS, 'GET', 200, second)).toEqual([]);
    expect(second.data.map((entry) => entry.status_code)).toEqual([200]);
  });

  it('a bad cursor and a limit out of range are contract errors', async () => {
    mock.allowContractErrors();
    for (const [query, status] of [
      ['cursor=nope', 400],
      ['limit=0', 422],
    ] as const) {
      const response = await call(`${LOGS}?${query}`);
      expect(response.status, query).toBe(status);
      expect(vault.validate(LOGS, 'GET', status, await response.json())).toEqual([]);
    }
  });
});
