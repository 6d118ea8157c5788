import type { Connection } from '@integrations-kit/client';

/** A connection for tests: a working OAuth connection unless `patch` says otherwise. */
export function testConnection(
  unifiedApi: string,
  serviceId: string,
  name: string,
  patch: Partial<Connection> = {},
): Connection {
  return {
    id: `${unifiedApi}+${serviceId}`,
    unified_api: unifiedApi,
    service_id: serviceId,
    name,
    tag_line: `${name} for growing teams`,
    icon: `https://cdn.example.com/${serviceId}.png`,
    auth_type: 'apiKey',
    state: 'callable',
    health: 'ok',
    enabled: true,
    integration_state: 'configured',
    form_fields: [],
    settings: {},
    ...patch,
  };
}
