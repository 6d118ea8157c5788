import { fixtures } from '@integrations-kit/mocks';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { normalizeConnection } from '../index.js';
import { setupVaultServer } from '../test/setupVaultServer.js';

const { server, mock, createClient, onlyRequest } = setupVaultServer();

const drive = { unifiedApi: 'file-storage', serviceId: 'google-drive' } as const;
const scoped = fixtures.dataScopes['ik-demo-app']?.resources ?? '*';
const consentUrl = (ref: { unifiedApi: string; serviceId: string }) =>
  `${mock.baseUrl}/vault/connections/${ref.unifiedApi}/${ref.serviceId}/consent`;
const answer = (data: unknown) => HttpResponse.json({ status_code: 200, status: 'OK', data });

describe('consent', () => {
  it('list GETs the history and hands out epoch-ms timestamps', async () => {
    const history = await createClient().consent.list(drive);
    expect(onlyRequest()).toMatchObject({
      method: 'GET',
      path: '/vault/connections/file-storage/google-drive/consent',
    });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ granted: true, resources: scoped });
    expect(typeof history[0]?.created_at).toBe('number');
  });

  it('update PATCHes the decision and resolves with the new record', async () => {
    const record = await createClient().consent.update({ ...drive, consent: { granted: false, resources: scoped } });
    expect(onlyRequest()).toMatchObject({ method: 'PATCH', body: { granted: false, resources: scoped } });
    expect(record).toMatchObject({ granted: false, resources: scoped });
    expect(record.created_at).toBeGreaterThan(Date.UTC(2025, 0, 1));
  });

  it('reads ISO and epoch timestamps alike, newest first, and drops an unreadable one', async () => {
    server.use(
      http.get(consentUrl(drive), () =>
        answer([
          { id: 'a', created_at: '2025-04-15T14:30:00Z', granted: true, resources: '*' },
          { id: 'b', created_at: Date.UTC(2025, 4, 1), granted: false, resources: '*' },
          { id: 'c', created_at: 'not a date', granted: true, resources: '*' },
          'not a record',
        ]),
      ),
    );
    const history = await createClient().consent.list(drive);
    expect(history.map((record) => [record.id, record.created_at])).toEqual([
      ['b', Date.UTC(2025, 4, 1)],
      ['a', Date.UTC(2025, 3, 15, 14, 30)],
      ['c', undefined],
    ]);
  });

  it('keeps "*" and fills missing read/write flags with false', async () => {
    server.use(
      http.get(consentUrl(drive), () =>
        answer([{ id: 'a', created_at: 1, granted: true, resources: { 'crm.contacts': { email: { read: true } } } }]),
      ),
    );
    const [record] = await createClient().consent.list(drive);
    expect(record?.resources).toEqual({ 'crm.contacts': { email: { read: true, write: false } } });
  });

  it('stores resource and field keys named __proto__ or constructor as keys, not as prototypes', async () => {
    // JSON.parse makes "__proto__" an own key, as a server's body would.
    const resources: unknown = JSON.parse(
      '{"__proto__":{"__proto__":{"read":true}},"constructor":{"email":{"write":true}}}',
    );
    server.use(http.get(consentUrl(drive), () => answer([{ id: 'a', created_at: 1, granted: true, resources }])));
    const [record] = await createClient().consent.list(drive);
    const read = record?.resources as Record<string, Record<string, unknown>>;
    expect(Object.keys(read)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(read, '__proto__')?.value).toEqual(
      JSON.parse('{"__proto__":{"read":true,"write":false}}'),
    );
    expect(read.constructor).toEqual({ email: { read: false, write: true } });
  });
});

describe('normalizeConnection: consent fields', () => {
  it('takes the newest consent as latest_consent when the API left it out', () => {
    const connection = normalizeConnection({
      consents: [
        { id: 'old', created_at: '2025-01-01T00:00:00Z', granted: true, resources: '*' },
        { id: 'new', created_at: '2025-02-01T00:00:00Z', granted: false, resources: '*' },
      ],
    });
    expect(connection.latest_consent).toMatchObject({ id: 'new', created_at: Date.UTC(2025, 1, 1) });
    expect(normalizeConnection({ consent_state: 'pending' })).not.toHaveProperty('latest_consent');
  });

  it('reads Data Scopes that are off as "*" (all data), whatever resources say', () => {
    const { application_data_scopes } = normalizeConnection({
      application_data_scopes: { enabled: false, updated_at: '2025-04-15T14:30:00Z', resources: { a: {} } },
    });
    expect(application_data_scopes).toEqual({
      enabled: false,
      updated_at: Date.UTC(2025, 3, 15, 14, 30),
      resources: '*',
    });
  });
});
