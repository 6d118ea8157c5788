import type { Connection } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { getConnectionReadiness } from './getConnectionReadiness.js';

const oauth = (patch: Partial<Connection>): Connection => ({
  unified_api: 'crm',
  service_id: 'hubspot',
  name: 'HubSpot',
  auth_type: 'oauth2',
  integration_state: 'configured',
  enabled: true,
  form_fields: [{ id: 'owner', label: 'Default owner', type: 'select', required: true, allow_custom_values: false }],
  settings: {},
  ...patch,
});

describe('getConnectionReadiness', () => {
  it('a signed-in connection waiting for a required setting: input required, finish the settings, grant to revoke', () => {
    expect(getConnectionReadiness(oauth({ state: 'authorized' }))).toEqual({
      status: 'input-required',
      authorized: true,
      hasGrant: true,
      authorizeMode: { kind: 'finish-settings', labels: ['Default owner'] },
      authorizeBlocker: null,
    });
  });

  it('a callable connection: connected, offered a new sign-in', () => {
    const readiness = getConnectionReadiness(oauth({ state: 'callable', settings: { owner: '1' } }));
    expect(readiness).toMatchObject({
      status: 'connected',
      authorized: true,
      hasGrant: true,
      authorizeMode: { kind: 'reauthorize' },
    });
  });

  it('invalid credentials still hold a grant to revoke, but do not count as authorized', () => {
    expect(getConnectionReadiness(oauth({ state: 'invalid' }))).toMatchObject({
      status: 'invalid',
      authorized: false,
      hasGrant: true,
      authorizeMode: { kind: 'connect' },
    });
  });

  it("a setting needed before authorization blocks Authorize, named by the form's label", () => {
    const readiness = getConnectionReadiness(oauth({ state: 'added', settings_required_for_authorization: ['owner'] }));
    expect(readiness).toMatchObject({ status: 'not-authorized', authorized: false, hasGrant: false });
    expect(readiness.authorizeBlocker).toEqual({ reason: 'missing-settings', labels: ['Default owner'] });
  });

  it('an application that is not configured blocks Authorize before anything else', () => {
    expect(
      getConnectionReadiness(oauth({ state: 'added', integration_state: 'needs_configuration' })).authorizeBlocker,
    ).toEqual({
      reason: 'needs-configuration',
    });
  });
});
