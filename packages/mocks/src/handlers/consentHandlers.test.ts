import { createVaultClient } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { createVaultMock } from '../createVaultMock.js';
import { fixtures } from '../fixtures/fixtures.js';
import { apiError, json, setupMockVault } from '../test/harness.js';

const { mock, client, call } = setupMockVault();
const ref = (unifiedApi: string, serviceId: string) => ({ unifiedApi, serviceId });
const scoped = fixtures.dataScopes['ik-demo-app']?.resources ?? '*';

describe('consent', () => {
  it('serves the app Data Scopes and each consent state on the connections', async () => {
    const connections = await client.connections.list();
    const stateOf = (id: string) => connections.find((connection) => connection.id === id)?.consent_state;
    expect(stateOf('issue-tracking+zendesk')).toBe('pending');
    expect(stateOf('file-storage+google-drive')).toBe('granted');
    expect(stateOf('ats+lever')).toBe('denied');
    expect(stateOf('file-storage+sharepoint')).toBe('revoked');
    expect(stateOf('accounting+myob')).toBe('requires_reconsent');
    const drive = await client.connections.get(ref('file-storage', 'google-drive'));
    expect(drive.application_data_scopes).toMatchObject({ enabled: true, resources: scoped });
    expect(drive.latest_consent).toMatchObject({ granted: true, resources: scoped });
  });

  it('answers the history newest first, a revoked consent after its grant', async () => {
    const history = await client.consent.list(ref('file-storage', 'sharepoint'));
    expect(history.map((record) => record.granted)).toEqual([false, true]);
    expect(history[0]?.created_at).toBeGreaterThan(history[1]?.created_at ?? Infinity);
  });

  it('grant → granted, then refusing → revoked; every decision joins the history', async () => {
    const zendesk = ref('issue-tracking', 'zendesk');
    const granted = await client.consent.update({ ...zendesk, consent: { granted: true, resources: scoped } });
    expect(granted).toMatchObject({ granted: true, resources: scoped });
    expect((await client.connections.get(zendesk)).consent_state).toBe('granted');
    await client.consent.update({ ...zendesk, consent: { granted: false, resources: scoped } });
    expect((await client.connections.get(zendesk)).consent_state).toBe('revoked');
    const history = await client.consent.list(zendesk);
    expect(history.map((record) => record.granted)).toEqual([false, true]);
  });

  it('deny on a pending consent → denied', async () => {
    await client.consent.update({
      ...ref('issue-tracking', 'zendesk'),
      consent: { granted: false, resources: scoped },
    });
    expect(mock.getConnection('issue-tracking', 'zendesk')?.consent_state).toBe('denied');
  });

  it('a scope change moves granted consents to requires_reconsent', async () => {
    mock.setDataScopes({ 'crm.contacts': { id: { read: true, write: false } } });
    const drive = await client.connections.get(ref('file-storage', 'google-drive'));
    expect(drive.consent_state).toBe('requires_reconsent');
    expect(drive.application_data_scopes?.resources).toEqual({ 'crm.contacts': { id: { read: true, write: false } } });
  });

  it('refuses consent to more than the app asks for, and "*" while Data Scopes is on', async () => {
    const wider = { 'crm.contacts': { phone: { read: true, write: false } } };
    const refused = await apiError(
      client.consent.update({ ...ref('issue-tracking', 'zendesk'), consent: { granted: true, resources: wider } }),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toContain('crm.contacts.phone');
    const wildcard = await apiError(
      client.consent.update({ ...ref('issue-tracking', 'zendesk'), consent: { granted: true, resources: '*' } }),
    );
    expect(wildcard.status).toBe(422);
    expect(mock.getConnection('issue-tracking', 'zendesk')?.consent_state).toBe('pending');
  });

  it('refuses to start authorization while consent is required, and starts it once granted', async () => {
    const link = () => {
      const url = new URL(mock.getConnection('issue-tracking', 'zendesk')?.authorize_url ?? '');
      url.searchParams.set('redirect_uri', 'https://app.example.com/cb');
      return `${url.pathname}${url.search}`;
    };
    const refused = await call(link());
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ type_name: 'ConsentRequiredError' });
    await call('/vault/connections/issue-tracking/zendesk/consent', {
      method: 'PATCH',
      body: json({ granted: true, resources: scoped }),
    });
    expect((await call(link())).status).toBe(200);
  });
});

describe('consent for an app with Data Scopes off', () => {
  it('sends "*" as the app scopes, takes consent to all data and lets authorization start', async () => {
    const open = createVaultMock({ appId: 'ik-open-app' });
    const openClient = createVaultClient({ token: open.token, baseUrl: open.baseUrl, fetch: open.fetch });
    const drive = await openClient.connections.get(ref('file-storage', 'google-drive'));
    expect(drive.application_data_scopes).toMatchObject({ enabled: false, resources: '*' });
    const zendesk = ref('issue-tracking', 'zendesk');
    const record = await openClient.consent.update({ ...zendesk, consent: { granted: true, resources: '*' } });
    expect(record.resources).toBe('*');
    const refused = await apiError(
      openClient.consent.update({ ...zendesk, consent: { granted: true, resources: scoped } }),
    );
    expect(refused.status).toBe(422);
  });
});
