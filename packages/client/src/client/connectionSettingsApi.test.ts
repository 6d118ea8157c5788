import { createVaultMock, fixtures } from '@integrations-kit/mocks';
import { describe, expect, it } from 'vitest';
import type { ResourceSetting } from '../index.js';
import { setupVaultServer } from '../test/setupVaultServer.js';

const { server, mock, createClient, onlyRequest } = setupVaultServer();

const leads = { unifiedApi: 'crm', serviceId: 'salesforce', resource: 'leads' } as const;
const fixtureDefaults = fixtures.connections
  .find((c) => c.id === 'crm+salesforce')
  ?.configuration?.find((entry) => entry.resource === 'leads')?.defaults;

describe('connectionSettings', () => {
  it('list reads the spec shape (a connection with configuration) into settings', async () => {
    const settings = await createClient().connectionSettings.list(leads);
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/vault/connections/crm/salesforce/leads/config' });
    expect(settings.map((s) => [s.id, s.value])).toEqual(fixtureDefaults?.map((d) => [d.id, d.value]));
    expect(settings[0]).toMatchObject({ id: 'lead_source', type: 'select', target: 'resource' });
  });

  it('list reads the live dialect (flat field list) and the contract dialect into the same settings', async () => {
    const contract = createVaultMock({ dialect: 'contract' });
    server.use(...contract.handlers);
    const fromContract = await createClient().connectionSettings.list(leads);
    expect(contract.requests).toHaveLength(1);
    server.resetHandlers();
    const fromLive = await createClient().connectionSettings.list(leads);
    expect(fromLive).toEqual(fromContract);
    expect(fromLive.length).toBeGreaterThan(0);
  });

  it('update PATCHes the configuration and the new default is read back', async () => {
    const client = createClient();
    const configuration = [{ resource: 'leads', defaults: [{ id: 'lead_source', value: 'partner' }] }];
    const connection = await client.connectionSettings.update({ ...leads, configuration });
    expect(onlyRequest()).toMatchObject({
      method: 'PATCH',
      path: '/vault/connections/crm/salesforce/leads/config',
      body: { configuration },
    });
    expect(connection.id).toBe('crm+salesforce');
    const settings = await client.connectionSettings.list(leads);
    expect(settings.find((s: ResourceSetting) => s.id === 'lead_source')?.value).toBe('partner');
  });
});

describe('customFields', () => {
  it('list returns the custom fields of a resource', async () => {
    const fields = await createClient().customFields.list(leads);
    expect(fields).toEqual(fixtures.customFields['crm+salesforce']?.leads);
    expect(fields.length).toBeGreaterThan(0);
    expect(onlyRequest()).toMatchObject({
      method: 'GET',
      path: '/vault/connections/crm/salesforce/leads/custom-fields',
    });
    expect(new URL(onlyRequest().url).search).toBe('');
  });

  it('list sends resource_id when asked for one record', async () => {
    await createClient().customFields.list({ ...leads, resourceId: 'lead 7' });
    expect(new URL(mock.requests[0]?.url ?? '').search).toBe('?resource_id=lead%207');
  });
});
