import { resolveIdentity } from '../session/resolveIdentity.js';
import type { VaultClient, VaultClientOptions } from '../types.js';
import { createConnectionSettingsApi } from './connectionSettingsApi.js';
import { createConnectionsApi } from './connectionsApi.js';
import { createConsentApi } from './consentApi.js';
import { createConnectorsApi } from './connectorsApi.js';
import { createCustomFieldsApi } from './customFieldsApi.js';
import { DEFAULT_BASE_URL, trimBaseUrl } from './baseUrl.js';
import { createLogsApi } from './logsApi.js';
import { createMappingsApi } from './mappingsApi.js';
import { createRequest } from './request.js';

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
 *
 * // Connector API calls through your own back end (see `createConnectorProxy` in `/server`):
 * createVaultClient({ token: sessionToken, connectorBaseUrl: 'https://app.example.com/api/apideck' });
 */
export function createVaultClient(options: VaultClientOptions): VaultClient {
  const baseUrl = trimBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  let identity = resolveIdentity(options.token, options);
  const connectorBaseUrl = trimBaseUrl(options.connectorBaseUrl ?? baseUrl);
  const sessionHeaders = () => ({
    Authorization: `Bearer ${identity.token}`,
    'x-apideck-auth-type': 'JWT',
    'x-apideck-app-id': identity.appId,
    'x-apideck-consumer-id': identity.consumerId,
  });
  const request = createRequest(baseUrl, options.fetch, sessionHeaders, options.headers);
  // The same session headers go to a host's proxy too: its `authorize` hook may verify the token.
  const connectorRequest =
    connectorBaseUrl === baseUrl
      ? request
      : createRequest(connectorBaseUrl, options.fetch, sessionHeaders, options.headers);

  return {
    baseUrl,
    connectorBaseUrl,
    get appId() {
      return identity.appId;
    },
    get consumerId() {
      return identity.consumerId;
    },
    setToken(token) {
      identity = resolveIdentity(token, options);
    },
    connectors: createConnectorsApi(connectorRequest),
    connections: createConnectionsApi(request),
    connectionSettings: createConnectionSettingsApi(request),
    consent: createConsentApi(request),
    customFields: createCustomFieldsApi(request),
    logs: createLogsApi(request),
    mappings: createMappingsApi(request),
  };
}
