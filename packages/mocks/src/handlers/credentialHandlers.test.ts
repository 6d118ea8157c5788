import { describe, expect, it } from 'vitest';
import { REJECTED_SECRET } from '../store/applyConnectionInput.js';
import { apiError, setupMockVault } from '../test/harness.js';

const { mock, client } = setupMockVault();
const DAY = 24 * 60 * 60 * 1000;
const ref = (unifiedApi: string, serviceId: string) => ({ unifiedApi, serviceId });

describe('POST …/validate', () => {
  it('answers the state of a connection whose credentials work, changing nothing', async () => {
    const before = mock.getConnection('crm', 'pipedrive');
    await expect(client.connections.validate(ref('crm', 'pipedrive'))).resolves.toEqual({
      id: 'crm+pipedrive',
      state: 'callable',
    });
    expect(mock.getConnection('crm', 'pipedrive')).toEqual(before);
  });

  it('makes an API-key connection invalid when the connector rejects its stored key', async () => {
    await client.connections.update({ ...ref('crm', 'close'), connection: { settings: { api_key: 'api_good' } } });
    mock.setConnection({
      ...(mock.getConnection('crm', 'close') ?? {}),
      settings: { api_key: REJECTED_SECRET },
    });
    const error = await apiError(client.connections.validate(ref('crm', 'close')));
    expect(error.status).toBe(422);
    expect(error.body?.type_name).toBe('ConnectorCredentialsError');
    expect(await client.connections.get(ref('crm', 'close'))).toMatchObject({ state: 'invalid', health: 'needs_auth' });
  });

  it('names the missing required settings of an API-key connection', async () => {
    mock.setConnection({ ...(mock.getConnection('crm', 'close') ?? {}), state: 'added', settings: {} });
    const error = await apiError(client.connections.validate(ref('crm', 'close')));
    expect(error.body?.type_name).toBe('MissingSettingsError');
    expect(error.body?.detail).toEqual({ missing: [{ api_key: 'required' }] });
  });

  it('records a new refresh failure while the retention window is open', async () => {
    mock.failTokenRefresh('crm', 'salesforce', 5 * DAY);
    const failedAt = mock.getConnection('crm', 'salesforce')?.last_refresh_failed_at ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 2));

    await apiError(client.connections.validate(ref('crm', 'salesforce')));

    const after = await client.connections.get(ref('crm', 'salesforce'));
    expect(after).toMatchObject({ state: 'callable', health: 'pending_refresh' });
    expect(after.last_refresh_failed_at).toBeGreaterThan(failedAt);
    expect(after.credentials_expire_at).toBeGreaterThan(Date.now() + 4 * DAY);
  });

  it('deletes the credentials once the retention window has passed (needs_auth)', async () => {
    mock.failTokenRefresh('crm', 'salesforce', 0);
    const error = await apiError(client.connections.validate(ref('crm', 'salesforce')));
    expect(error.body?.detail).toBe('The token refresh failed (invalid_grant)');
    expect(await client.connections.get(ref('crm', 'salesforce'))).toMatchObject({
      state: 'invalid',
      health: 'needs_auth',
    });
  });

  it('reads a provider-side disconnect as revoked, and a new sign-in clears the health history', async () => {
    mock.failTokenRefresh('crm', 'salesforce');
    mock.revokeAtProvider('crm', 'salesforce');
    expect(await client.connections.get(ref('crm', 'salesforce'))).toMatchObject({
      state: 'invalid',
      health: 'revoked',
    });
    await apiError(client.connections.validate(ref('crm', 'salesforce')));

    mock.authorize('crm', 'salesforce');
    const back = await client.connections.get(ref('crm', 'salesforce'));
    expect(back).toMatchObject({ state: 'callable', health: 'ok' });
    expect(back).toMatchObject({ last_refresh_failed_at: 0, credentials_expire_at: 0, last_downstream_error_at: 0 });
  });

  it('refuses an OAuth connection that was never signed in', async () => {
    const error = await apiError(client.connections.validate(ref('file-storage', 'onedrive')));
    expect(error.status).toBe(422);
  });
});
