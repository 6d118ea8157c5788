import { describe, expect, it } from 'vitest';
import { apiError, setupMockVault } from '../test/harness.js';

const { mock, client, call } = setupMockVault();
const ref = (unifiedApi: string, serviceId: string) => ({ unifiedApi, serviceId });

describe('listing connections', () => {
  it('lists every connection, slimmed like the live list (no form_fields or configuration)', async () => {
    const list = await client.connections.list();
    expect(list.length).toBeGreaterThanOrEqual(40);
    expect(
      list.every((connection) => connection.form_fields === undefined && connection.configuration === undefined),
    ).toBe(true);
  });

  it('filters by unified API and by integration_state for configured', async () => {
    const crm = await client.connections.list({ api: 'crm' });
    expect(crm.length).toBeGreaterThan(0);
    expect(crm.every((connection) => connection.unified_api === 'crm')).toBe(true);
    const configured = await client.connections.list({ configured: true });
    const unconfigured = await client.connections.list({ configured: false });
    expect(configured.every((connection) => connection.integration_state === 'configured')).toBe(true);
    expect(unconfigured.map((connection) => connection.id)).toEqual(
      expect.arrayContaining(['crm+zoho-crm', 'crm+copper']),
    );
    expect(configured.length + unconfigured.length).toBe((await client.connections.list()).length);
  });
});

describe('enabling and settings', () => {
  it('enabling an available connection adds it; disabling keeps its state and settings', async () => {
    const added = await client.connections.update({ ...ref('hris', 'gusto'), connection: { enabled: true } });
    expect(added).toMatchObject({ enabled: true, state: 'added', health: 'needs_auth' });

    const disabled = await client.connections.update({ ...ref('crm', 'pipedrive'), connection: { enabled: false } });
    expect(disabled).toMatchObject({
      enabled: false,
      state: 'callable',
      settings: { pipeline: '1', stage: '12', deal_source: 'web' },
    });
    expect(mock.requests.at(-1)?.body).toEqual({ enabled: false });
  });

  it('merges settings, never echoes secrets, and becomes callable once required fields are filled', async () => {
    const partial = await client.connections.update({
      ...ref('accounting', 'netsuite'),
      connection: { settings: { consumer_key: 'ck', consumer_secret: 'cs' } },
    });
    expect(partial).toMatchObject({
      state: 'added',
      health: 'missing_settings',
      settings: { account_id: '1234567_SB1' },
    });
    expect(partial.settings).not.toHaveProperty('consumer_key');
    expect(partial.form_fields?.find((field) => field.id === 'consumer_key')).not.toHaveProperty('value');
    expect(partial.form_fields?.find((field) => field.id === 'account_id')).toMatchObject({ value: '1234567_SB1' });

    const before = partial.updated_at ?? 0;
    const complete = await client.connections.update({
      ...ref('accounting', 'netsuite'),
      connection: { settings: { token_id: 'ti', token_secret: 'ts' } },
    });
    expect(complete).toMatchObject({ state: 'callable', health: 'ok' });
    expect(complete.updated_at).toBeGreaterThan(before);
    expect(mock.getConnection('accounting', 'netsuite')?.settings).toMatchObject({
      consumer_key: 'ck',
      token_secret: 'ts',
    });
  });

  it('keeps a connection added (not an error) when a required setting is cleared', async () => {
    const cleared = await client.connections.update({
      ...ref('hris', 'bamboohr'),
      connection: { settings: { subdomain: null } as never },
    });
    expect(cleared).toMatchObject({ state: 'added', health: 'missing_settings' });
  });

  it('refuses a value that breaks its field type with a 422 naming the field, and stores nothing', async () => {
    const error = await apiError(
      client.connections.update({
        ...ref('crm', 'hubspot'),
        connection: { settings: { notification_email: 'not-an-email', default_owner: '1001' } },
      }),
    );
    expect(error.status).toBe(422);
    expect(error.body.detail).toEqual({
      errors: [{ field: 'settings.notification_email', message: 'Notification email must be a valid email address' }],
    });
    expect(mock.getConnection('crm', 'hubspot')?.settings).toEqual({ notification_email: 'ops@acme.example' });
  });

  it.each([
    ['select outside its options', 'crm', 'hubspot', { default_owner: '9999' }, 'settings.default_owner'],
    ['filtered-select outside the chosen group', 'crm', 'pipedrive', { stage: '21' }, 'settings.stage'],
    ['url that is not http(s)', 'ecommerce', 'woocommerce', { store_url: 'ftp://shop' }, 'settings.store_url'],
    ['phone number with letters', 'sms', 'twilio', { sender: 'call-me' }, 'settings.sender'],
    ['number that is not numeric', 'accounting', 'sage-intacct', { page_size: 'lots' }, 'settings.page_size'],
    ['time out of range', 'accounting', 'xero', { daily_sync_time: '25:00' }, 'settings.daily_sync_time'],
    ['date in another format', 'email-marketing', 'mailchimp', { import_from: '01/02/2025' }, 'settings.import_from'],
    ['checkbox given a string', 'crm', 'salesforce', { sandbox: 'yes' }, 'settings.sandbox'],
    ['disabled field changed', 'crm', 'salesforce', { instance_url: 'https://evil.example' }, 'settings.instance_url'],
  ])('refuses a %s', async (_what, unifiedApi, serviceId, settings, field) => {
    const error = await apiError(
      client.connections.update({ ...ref(unifiedApi, serviceId), connection: { settings } }),
    );
    expect(error.status).toBe(422);
    expect(error.body.detail).toMatchObject({ errors: [{ field }] });
  });

  it('accepts a filtered-select value from the group its filter field selects, and custom multi-select values', async () => {
    const pipedrive = await client.connections.update({
      ...ref('crm', 'pipedrive'),
      connection: { settings: { pipeline: '2', stage: '22' } },
    });
    expect(pipedrive.settings).toMatchObject({ pipeline: '2', stage: '22' });
    const jira = await client.connections.update({
      ...ref('issue-tracking', 'jira'),
      connection: { settings: { labels: ['bug', 'my-own-label'] } },
    });
    expect(jira.settings).toMatchObject({ labels: ['bug', 'my-own-label'] });
  });

  it('rejects the credentials of a validation_support connector with the rejected secret, and recovers', async () => {
    const rejected = await client.connections.update({
      ...ref('crm', 'close'),
      connection: { settings: { api_key: 'invalid' } },
    });
    expect(rejected).toMatchObject({ state: 'invalid', health: 'needs_auth' });
    const fixed = await client.connections.update({
      ...ref('crm', 'close'),
      connection: { settings: { api_key: 'api_good' } },
    });
    expect(fixed).toMatchObject({ state: 'callable', health: 'ok' });
  });

  it('creates (adds) an available connection with settings, and refuses to create an added one', async () => {
    const created = await client.connections.create({
      ...ref('ecommerce', 'bigcommerce'),
      connection: { settings: { store_hash: 'abc', access_token: 't' } },
    });
    expect(created).toMatchObject({ enabled: true, state: 'callable' });
    expect(
      (await apiError(client.connections.create({ ...ref('ecommerce', 'bigcommerce'), connection: { enabled: true } })))
        .status,
    ).toBe(422);
  });

  it('posts JSON only: a body that is not JSON is a 400', async () => {
    const response = await call('/vault/connections/ats/greenhouse', { method: 'PATCH', body: 'enabled=true' });
    expect(response.status).toBe(400);
  });

  it('answers 404 for a connection the consumer does not have', async () => {
    const error = await apiError(client.connections.get(ref('crm', 'no-such-crm')));
    expect(error.status).toBe(404);
  });
});

describe('deleting', () => {
  it('answers 204 and puts the connection back to available, disabled, settings cleared', async () => {
    const response = await call('/vault/connections/hris/bamboohr', { method: 'DELETE' });
    expect(response.status).toBe(204);
    const after = await client.connections.get(ref('hris', 'bamboohr'));
    expect(after).toMatchObject({ state: 'available', enabled: false, settings: {} });
    expect(after.configuration?.[0]?.defaults?.[0]).toMatchObject({ id: 'employment_status', value: 'full_time' });
    expect((await apiError(client.connections.delete(ref('hris', 'bamboohr')))).status).toBe(404);
  });
});

describe('token exchange and import', () => {
  it('makes a client_credentials connection callable through /token', async () => {
    expect(await client.connections.token(ref('hris', 'personio'))).toMatchObject({ state: 'callable', health: 'ok' });
  });

  it('refuses /token for other grants (422) and while credentials are missing (422)', async () => {
    expect((await apiError(client.connections.token(ref('crm', 'salesforce')))).status).toBe(422);
    expect((await apiError(client.connections.token(ref('crm', 'close')))).status).toBe(422);
    await client.connections.update({
      ...ref('hris', 'personio'),
      connection: { settings: { client_secret: null } as never },
    });
    const missing = await apiError(client.connections.token(ref('hris', 'personio')));
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toEqual({ missing: [{ client_secret: 'required' }] });
  });

  it('turns a rejected client secret into an invalid connection', async () => {
    await client.connections.update({
      ...ref('file-storage', 'box'),
      connection: { settings: { client_secret: 'invalid' } },
    });
    expect((await apiError(client.connections.token(ref('file-storage', 'box')))).status).toBe(422);
    expect(mock.getConnection('file-storage', 'box')).toMatchObject({ state: 'invalid' });
  });

  it('imports OAuth tokens: the connection becomes callable with its settings and metadata', async () => {
    const imported = await client.connections.import({
      ...ref('file-storage', 'onedrive'),
      data: {
        credentials: { access_token: 'at', refresh_token: 'rt', expires_in: 3600 },
        metadata: { tenant: 'acme' },
      },
    });
    expect(imported).toMatchObject({ state: 'callable', enabled: true, metadata: { tenant: 'acme' } });
  });
});
