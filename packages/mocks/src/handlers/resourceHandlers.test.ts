import { VaultApiError } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { setupMockVault } from '../test/harness.js';

const { mock, client, call } = setupMockVault();
const ref = (unifiedApi: string, serviceId: string) => ({ unifiedApi, serviceId });

describe('resource settings and custom fields', () => {
  it("answers the live shape: a connection whose configuration is the resource's flat field list", async () => {
    const body = (await (await call('/vault/connections/crm/salesforce/leads/config')).json()) as {
      data: { id: string; configuration: unknown[] };
    };
    expect(body.data.id).toBe('crm+salesforce');
    expect(body.data.configuration).toEqual([
      expect.objectContaining({ id: 'lead_source' }),
      expect.objectContaining({ id: 'ProductInterest' }),
    ]);
    const settings = await client.connectionSettings.list({ ...ref('crm', 'salesforce'), resource: 'leads' });
    expect(settings.map((setting) => [setting.id, setting.value])).toEqual([
      ['lead_source', 'web'],
      ['ProductInterest', 'gc5000'],
    ]);
  });

  it('saves defaults by id and reads them back', async () => {
    const saved = await client.connectionSettings.update({
      ...ref('crm', 'salesforce'),
      resource: 'leads',
      configuration: [{ resource: 'leads', defaults: [{ id: 'lead_source', value: 'event' }] }],
    });
    expect(saved.configuration?.find((entry) => entry.resource === 'leads')?.defaults?.[0]).toMatchObject({
      value: 'event',
    });
    expect(mock.requests.at(-1)?.body).toEqual({
      configuration: [{ resource: 'leads', defaults: [{ id: 'lead_source', value: 'event' }] }],
    });
    const settings = await client.connectionSettings.list({ ...ref('crm', 'salesforce'), resource: 'leads' });
    expect(settings[0]?.value).toBe('event');
  });

  it('refuses unknown default ids with a 422 naming them', async () => {
    const error: unknown = await client.connectionSettings
      .update({
        ...ref('crm', 'salesforce'),
        resource: 'leads',
        configuration: [{ resource: 'leads', defaults: [{ id: 'nope', value: 'x' }] }],
      })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(VaultApiError);
    expect((error as VaultApiError).status).toBe(422);
    expect((error as VaultApiError).body.detail).toEqual({
      errors: [{ field: 'configuration.leads.nope', message: 'nope is not a setting of leads' }],
    });
  });

  it('lists custom fields of a callable connection', async () => {
    const fields = await client.customFields.list({ ...ref('crm', 'salesforce'), resource: 'leads' });
    expect(fields.map((field) => field.name)).toContain('Product interest');
    expect(await client.customFields.list({ ...ref('crm', 'salesforce'), resource: 'contacts' })).toEqual([]);
  });

  it('answers 404 for a resource without settings and 422 for custom fields of an uncallable connection', async () => {
    expect((await call('/vault/connections/crm/salesforce/planets/config')).status).toBe(404);
    expect((await call('/vault/connections/crm/hubspot/contacts/custom-fields')).status).toBe(422);
  });
});
