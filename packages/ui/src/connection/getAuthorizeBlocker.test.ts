import type { Connection } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { getAuthorizeBlocker } from './getAuthorizeBlocker.js';

const base: Connection = {
  id: 'crm+salesforce',
  service_id: 'salesforce',
  unified_api: 'crm',
  name: 'Salesforce',
  auth_type: 'oauth2',
  state: 'added',
  integration_state: 'configured',
  form_fields: [
    { id: 'instance_url', label: 'Instance URL', type: 'url', allow_custom_values: false },
    { id: 'region', label: 'Region', type: 'select', allow_custom_values: false },
  ],
};

describe('getAuthorizeBlocker', () => {
  it('allows authorizing a configured connection without required settings', () => {
    expect(getAuthorizeBlocker(base)).toBeNull();
  });

  it('blocks when the application side still needs configuration', () => {
    expect(getAuthorizeBlocker({ ...base, integration_state: 'needs_configuration' })).toEqual({
      reason: 'needs-configuration',
    });
  });

  it('lists the labels of required settings that are still empty, in order', () => {
    const connection: Connection = {
      ...base,
      settings_required_for_authorization: ['instance_url', 'region', 'tenant'],
      settings: { instance_url: '  ', region: null },
    };
    expect(getAuthorizeBlocker(connection)).toEqual({
      reason: 'missing-settings',
      labels: ['Instance URL', 'Region', 'tenant'],
    });
  });

  it('counts a value saved in settings or echoed on the field', () => {
    const connection = {
      ...base,
      settings_required_for_authorization: ['instance_url', 'region'],
      settings: { instance_url: 'https://eu28.salesforce.com' },
      form_fields: [
        { id: 'instance_url', label: 'Instance URL', type: 'url', allow_custom_values: false },
        { id: 'region', label: 'Region', type: 'select', allow_custom_values: false, value: 'eu' },
      ],
    } as Connection;
    expect(getAuthorizeBlocker(connection)).toBeNull();
  });
});
