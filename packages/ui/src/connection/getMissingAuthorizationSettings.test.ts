import { describe, expect, it } from 'vitest';
import type { Connection, FormField } from '@integrations-kit/client';
import { testConnection } from '../test/connections.js';
import { getMissingAuthorizationSettings } from './getMissingAuthorizationSettings.js';

const fields = [
  { id: 'client_id', label: 'Client ID', type: 'text', allow_custom_values: false },
  { id: 'client_secret', label: 'Client secret', type: 'password', allow_custom_values: false },
] as FormField[];

function oauth(patch: Partial<Connection>): Connection {
  return testConnection('crm', 'acme', 'Acme', {
    auth_type: 'oauth2',
    state: 'added',
    health: 'missing_settings',
    settings_required_for_authorization: ['client_id', 'client_secret', 'tenant'],
    form_fields: fields,
    ...patch,
  });
}

describe('getMissingAuthorizationSettings', () => {
  it('names every empty required setting with its label, or its id without a field', () => {
    expect(getMissingAuthorizationSettings(oauth({}))).toEqual([
      { id: 'client_id', label: 'Client ID' },
      { id: 'client_secret', label: 'Client secret' },
      { id: 'tenant', label: 'tenant' },
    ]);
  });

  it('reads stored settings, with a blank string as empty', () => {
    const connection = oauth({ settings: { client_id: 'cid', tenant: '  ' }, health: 'missing_settings' });
    expect(getMissingAuthorizationSettings(connection).map((setting) => setting.id)).toEqual([
      'client_secret',
      'tenant',
    ]);
  });

  it('counts a secret as stored once the connection no longer waits for settings (secrets are never echoed)', () => {
    const connection = oauth({ settings: { client_id: 'cid', tenant: 't1' }, health: 'needs_auth' });
    expect(getMissingAuthorizationSettings(connection)).toEqual([]);
  });

  it('lets unsaved values decide, except an empty secret, which keeps the stored one', () => {
    const connection = oauth({ settings: { client_id: 'cid', tenant: 't1' }, health: 'needs_auth' });
    expect(getMissingAuthorizationSettings(connection, { client_id: '', client_secret: '' })).toEqual([
      { id: 'client_id', label: 'Client ID' },
    ]);
    expect(getMissingAuthorizationSettings(oauth({}), { client_id: 'a', client_secret: 'b', tenant: 'c' })).toEqual([]);
  });

  it('has nothing to say without a connection or requirements', () => {
    expect(getMissingAuthorizationSettings(undefined)).toEqual([]);
    expect(getMissingAuthorizationSettings(testConnection('crm', 'acme', 'Acme'))).toEqual([]);
  });
});
