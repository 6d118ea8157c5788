import { describe, expect, it } from 'vitest';
import { setupMockVault } from '../test/harness.js';

const { client, call } = setupMockVault({ configShape: 'flat', baseUrl: 'https://flat.vault.test' });

describe('the flat configShape', () => {
  it('answers /config with the live API flat list of fields, which the client reads too', async () => {
    const body = (await (await call('/vault/connections/ats/greenhouse/applications/config')).json()) as { data: unknown };
    expect(body.data).toEqual([expect.objectContaining({ id: 'source_id', value: '4000' }), expect.objectContaining({ id: 'notify_recruiter', value: true })]);
    const settings = await client.connectionSettings.list({ unifiedApi: 'ats', serviceId: 'greenhouse', resource: 'applications' });
    expect(settings.map((setting) => setting.id)).toEqual(['source_id', 'notify_recruiter']);
  });
});
