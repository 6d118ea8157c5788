import type { Connection, FormField } from '@integrations-kit/client';
import { testConnection } from '@integrations-kit/mocks';

/** A working, added connection for tests; `patch` overrides any field. */
export { testConnection };

/** An OAuth (authorization code) connection that is added but not yet authorized. */
export function oauthConnection(
  unifiedApi: string,
  serviceId: string,
  name: string,
  patch: Partial<Connection> = {},
): Connection {
  return testConnection(unifiedApi, serviceId, name, {
    auth_type: 'oauth2',
    oauth_grant_type: 'authorization_code',
    state: 'added',
    health: undefined,
    ...patch,
  });
}

/** A text settings field. */
export function textField(id: string, label: string, patch: Partial<FormField> = {}): FormField {
  return { id, label, type: 'text', allow_custom_values: false, ...patch };
}
