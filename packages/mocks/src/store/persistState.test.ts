import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVaultMock } from '../createVaultMock.js';
import { sessionHeaders } from '../test/harness.js';
import type { MockStateStorage } from './persistState.js';

const KEY = 'integrations-kit:mock:ik-demo-app:acme-user-1';
const COST = 'https://unify.apideck.com/vault/custom-mappings/hris/bamboohr/hris+employees+cost_center';

// A page's sessionStorage, outliving the mocks created in one test as a tab outlives its page loads.
function memoryStorage(): MockStateStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function call(mock: ReturnType<typeof createVaultMock>, url: string, init: RequestInit = {}) {
  return mock.fetch(url, { ...init, headers: sessionHeaders(mock, init.body !== undefined) });
}
const CONTACTS = 'https://unify.apideck.com/vault/connections/crm/salesforce';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

describe('a mock that persists its state', () => {
  it('keeps a mapping and a disabled connection across page loads, and reset forgets them', async () => {
    const storage = memoryStorage();
    const first = createVaultMock({ persist: { storage } });
    const mapped = await call(first, COST, { method: 'POST', body: JSON.stringify({ value: '$.root.costCenter' }) });
    expect(mapped.status).toBeLessThan(300);
    const patched = await call(first, 'https://unify.apideck.com/vault/connections/crm/salesforce', {
      method: 'PATCH',
      body: JSON.stringify({ enabled: false }),
    });
    expect(patched.status).toBe(200);
    await flush();
    // Only what changed is kept, not the whole initial set.
    const saved = JSON.parse(storage.items.get(KEY) ?? '{}') as { records: { connection: { id: string } }[] };
    expect(saved.records.map((record) => record.connection.id).sort()).toEqual(['crm+salesforce', 'hris+bamboohr']);

    const reloaded = createVaultMock({ persist: { storage } });
    const target = (await (await call(reloaded, COST)).json()) as { data: { value?: string } };
    expect(target.data.value).toBe('$.root.costCenter');
    expect(reloaded.getConnection('crm', 'salesforce')?.enabled).toBe(false);

    reloaded.reset();
    await flush();
    const fresh = createVaultMock({ persist: { storage } });
    expect(((await (await call(fresh, COST)).json()) as { data: { value?: string } }).data.value).toBeUndefined();
    expect(fresh.getConnection('crm', 'salesforce')?.enabled).toBe(true);
  });

  it('leaves no saved state after reset, even once the save the reset queued has run', async () => {
    const storage = memoryStorage();
    const mock = createVaultMock({ persist: { storage } });
    mock.setConnection({ ...mock.getConnection('crm', 'salesforce')!, enabled: false });
    await flush();
    expect(storage.items.has(KEY)).toBe(true);
    mock.reset();
    await flush();
    expect(storage.items.has(KEY)).toBe(false);
  });

  it("keeps a later mock's own Data Scopes when the saved state never changed them, and keeps changed ones", async () => {
    const storage = memoryStorage();
    const first = createVaultMock({ persist: { storage } });
    first.setConnection({ ...first.getConnection('crm', 'salesforce')!, enabled: false });
    await flush();
    const scopesOf = async (mock: ReturnType<typeof createVaultMock>) =>
      ((await (await call(mock, CONTACTS)).json()) as { data: { application_data_scopes?: unknown } }).data
        .application_data_scopes;
    const ownScopes = {
      enabled: true,
      updated_at: Date.UTC(2026, 0, 2),
      resources: { 'crm.leads': { id: { read: true, write: false } } },
    };
    const later = createVaultMock({ persist: { storage }, dataScopes: ownScopes });
    expect(later.getConnection('crm', 'salesforce')?.enabled).toBe(false);
    expect(await scopesOf(later)).toEqual(await scopesOf(createVaultMock({ dataScopes: ownScopes })));
    expect(await scopesOf(later)).not.toEqual(await scopesOf(first));

    later.setDataScopes('*');
    await flush();
    const reloaded = createVaultMock({ persist: { storage }, dataScopes: ownScopes });
    expect(await scopesOf(reloaded)).toEqual(await scopesOf(later));
    expect(await scopesOf(reloaded)).toMatchObject({ enabled: false });
  });

  it('drops a saved state it cannot read, with a warning, and starts from the fixtures', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, '{"version":1,"records":"nope"}');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const mock = createVaultMock({ persist: { storage } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('cannot read'));
    expect(storage.items.has(KEY)).toBe(false);
    expect(mock.getConnection('crm', 'salesforce')?.enabled).toBe(true);
  });

  it('goes on in memory when the storage refuses to save, warning once', async () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const mock = createVaultMock({ persist: { storage } });
    mock.setConnection({ ...mock.getConnection('crm', 'salesforce')!, enabled: false });
    await flush();
    mock.setConnection({ ...mock.getConnection('crm', 'pipedrive')!, enabled: false });
    await flush();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(mock.getConnection('crm', 'salesforce')?.enabled).toBe(false);
  });
});
