import { createVaultClient } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { createVaultMock } from '../createVaultMock.js';
import type { VaultMock } from '../types.js';

type Body = {
  data: Record<string, unknown> & { configuration?: unknown; form_fields?: Array<Record<string, unknown>> };
};

// Served through `mock.fetch`, so both dialects answer side by side without an interceptor.
const session = (mock: VaultMock) => ({
  mock,
  client: createVaultClient({ token: mock.token, baseUrl: mock.baseUrl, fetch: mock.fetch }),
});
const live = session(createVaultMock());
const contract = session(createVaultMock({ dialect: 'contract' }));

async function read({ mock }: typeof live, path: string) {
  const headers = {
    Authorization: `Bearer ${mock.token}`,
    'x-apideck-app-id': mock.appId,
    'x-apideck-consumer-id': mock.consumerId,
    'x-apideck-auth-type': 'JWT',
  };
  return ((await (await mock.fetch(`${mock.baseUrl}${path}`, { headers })).json()) as Body).data;
}

describe('the live dialect (default)', () => {
  it('answers /config with a connection whose configuration is the flat field list', async () => {
    const data = await read(live, '/vault/connections/ats/greenhouse/applications/config');
    expect(data).toMatchObject({ id: 'ats+greenhouse', service_id: 'greenhouse' });
    expect(data.configuration).toEqual([
      expect.objectContaining({ id: 'source_id', value: '4000', required: true }),
      expect.objectContaining({ id: 'notify_recruiter', value: true }),
    ]);
  });

  it('sends simple options without option_type in the flat list', async () => {
    const data = await read(live, '/vault/connections/ats/greenhouse/applications/config');
    const [source] = data.configuration as Array<{ options: Array<Record<string, unknown>> }>;
    expect(source?.options[0]).toEqual({ label: 'Company website', value: '4000' });
  });

  it('sends filter as { key, value } on filtered-select fields', async () => {
    const data = await read(live, '/vault/connections/crm/pipedrive');
    expect(data.form_fields?.find((field) => field.id === 'stage')?.filter).toEqual({ key: 'id', value: 'pipeline' });
  });

  it('keeps the live field types beyond the contract enum', async () => {
    const data = await read(live, '/vault/connections/crm/freshsales');
    expect(data.form_fields?.map((field) => field.type)).toEqual(
      expect.arrayContaining(['copy', 'info', 'location', 'phone', 'boolean', 'hidden']),
    );
  });

  it('sends list timestamps as ISO strings and detail timestamps as epoch milliseconds', async () => {
    const list = (await read(live, '/vault/connections')) as unknown as Array<Record<string, unknown>>;
    const entry = list.find((item) => item.service_id === 'teamleader');
    expect(entry?.credentials_expire_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const detail = await read(live, '/vault/connections/crm/teamleader');
    expect(typeof detail.credentials_expire_at).toBe('number');
    expect(Date.parse(String(entry?.credentials_expire_at))).toBe(detail.credentials_expire_at);
  });

  it('reads back what the client reads: both dialects give the same settings', async () => {
    const ref = { unifiedApi: 'ats', serviceId: 'greenhouse', resource: 'applications' };
    const fromLive = await live.client.connectionSettings.list(ref);
    const fromContract = await contract.client.connectionSettings.list(ref);
    expect(fromLive).toEqual(fromContract);
    expect(fromLive.map((setting) => setting.id)).toEqual(['source_id', 'notify_recruiter']);
  });
});

describe('the contract dialect', () => {
  it('answers /config with configuration: [{ resource, defaults }]', async () => {
    const data = await read(contract, '/vault/connections/ats/greenhouse/applications/config');
    expect(data.configuration).toEqual([
      expect.objectContaining({
        resource: 'applications',
        defaults: [expect.objectContaining({ id: 'source_id' }), expect.objectContaining({ id: 'notify_recruiter' })],
      }),
    ]);
  });

  it('sends filter as the parent field id and only the contract field types', async () => {
    const pipedrive = await read(contract, '/vault/connections/crm/pipedrive');
    expect(pipedrive.form_fields?.find((field) => field.id === 'stage')?.filter).toBe('pipeline');
    const freshsales = await read(contract, '/vault/connections/crm/freshsales');
    const types = freshsales.form_fields?.map((field) => field.type);
    expect(types).not.toContain('info');
    for (const type of ['copy', 'location', 'phone', 'boolean', 'hidden']) expect(types).not.toContain(type);
    expect(freshsales.form_fields?.find((field) => field.id === 'support_phone')?.type).toBe('tel');
  });

  it('sends timestamps as epoch milliseconds in the list too', async () => {
    const list = (await read(contract, '/vault/connections')) as unknown as Array<Record<string, unknown>>;
    expect(typeof list.find((item) => item.service_id === 'teamleader')?.credentials_expire_at).toBe('number');
  });
});
