import { describe, expect, it } from 'vitest';
import { consentPageUrl } from '../oauth/consentPageUrl.js';
import { setupMockVault } from '../test/harness.js';

const { client } = setupMockVault({
  baseUrl: 'https://hosted.vault.test',
  consentUrl: consentPageUrl('http://localhost:5173/mock-consent'),
});
const ref = (unifiedApi: string, serviceId: string) => ({ unifiedApi, serviceId });

describe('consentUrl', () => {
  it('points OAuth links at the host consent page, and only for authorization-code connections', async () => {
    const jira = await client.connections.get(ref('issue-tracking', 'jira'));
    const authorize = new URL(jira.authorize_url ?? '');
    expect(`${authorize.origin}${authorize.pathname}`).toBe('http://localhost:5173/mock-consent');
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      action: 'authorize',
      service_id: 'jira',
      unified_api: 'issue-tracking',
      application_id: 'ik-demo-app',
      state: expect.any(String),
    });
    expect(new URL(jira.revoke_url ?? '').searchParams.get('action')).toBe('revoke');
    expect((await client.connections.get(ref('hris', 'personio'))).authorize_url).toBeNull();
    expect((await client.connections.get(ref('crm', 'close'))).revoke_url).toBeNull();
  });
});
