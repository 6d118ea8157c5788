import createClient from 'openapi-fetch';
import type { paths as ConnectorPaths } from '../generated/connector.js';
import type { paths as VaultPaths } from '../generated/vault.js';
import { resolveIdentity } from '../session/resolveIdentity.js';
import type { VaultClient, VaultClientOptions } from '../types.js';
import { createConnectionSettingsApi } from './connectionSettingsApi.js';
import { createConnectionsApi } from './connectionsApi.js';
import { createConnectorsApi } from './connectorsApi.js';
import type { ClientContext } from './context.js';
import { createCustomFieldsApi } from './customFieldsApi.js';
import { DEFAULT_BASE_URL, trimBaseUrl } from './baseUrl.js';
import { createVaultFetch } from './vaultFetch.js';

/**
 * Creates the typed Vault + Connector client for one session.
 *
 * Every method returns the response's unwrapped `data`, forwards `options.signal`, and fails with
 * `VaultApiError` (non-2xx), `VaultNetworkError` (no answer) or `VaultResponseError` (2xx of the
 * wrong shape). App and consumer ids are read from the token's claims unless given.
 *
 * @example
 * const client = createVaultClient({ token: sessionToken });
 * const connections = await client.connections.list({ api: 'crm' });
 */
export function createVaultClient(options: VaultClientOptions): VaultClient {
  const baseUrl = trimBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  let identity = resolveIdentity(options.token, options);
  const shared = { baseUrl, fetch: createVaultFetch(options.fetch), headers: options.headers };
  const ctx: ClientContext = {
    vault: createClient<VaultPaths>(shared),
    connector: createClient<ConnectorPaths>(shared),
    header: () => ({
      Authorization: `Bearer ${identity.token}`,
      'x-apideck-auth-type': 'JWT',
      'x-apideck-app-id': identity.appId,
      'x-apideck-consumer-id': identity.consumerId,
    }),
  };

  return {
    baseUrl,
    get appId() {
      return identity.appId;
    },
    get consumerId() {
      return identity.consumerId;
    },
    setToken(token) {
      identity = resolveIdentity(token, options);
    },
    connectors: createConnectorsApi(ctx),
    connections: createConnectionsApi(ctx),
    connectionSettings: createConnectionSettingsApi(ctx),
    customFields: createCustomFieldsApi(ctx),
  };
}
