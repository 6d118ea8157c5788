import { getResponse } from 'msw';
import { dataScopesOf } from './fixtures/dataScopes.js';
import { fixtures } from './fixtures/fixtures.js';
import { connectionHandlers } from './handlers/connectionHandlers.js';
import { connectorHandlers } from './handlers/connectorHandlers.js';
import { consentHandlers } from './handlers/consentHandlers.js';
import { createRoute } from './handlers/createRoute.js';
import { mappingHandlers } from './handlers/mappingHandlers.js';
import type { MockContext } from './handlers/MockContext.js';
import { oauthHandlers } from './handlers/oauthHandlers.js';
import { resourceHandlers } from './handlers/resourceHandlers.js';
import { FaultList } from './http/FaultList.js';
import { logsHandlers } from './logs/logsHandlers.js';
import { RequestLog } from './logs/RequestLog.js';
import { createMockSessionToken } from './session/createMockSessionToken.js';
import type { ConnectionRecord } from './store/ConnectionRecord.js';
import { ConnectionStore } from './store/ConnectionStore.js';
import { persistState } from './store/persistState.js';
import { changeDataScopes } from './store/consentTransitions.js';
import { failTokenRefresh, revokeAtProvider } from './store/healthTransitions.js';
import { ownedBy } from './store/mappingTransitions.js';
import { grantAccess, revokeAccess } from './store/oauthTransitions.js';
import type { RecordedRequest, VaultMock, VaultMockOptions } from './types.js';
import { clone } from './util/clone.js';

/**
 * A stateful, in-memory Apideck Vault (and Connector API) as MSW 2 handlers: enabling, settings,
 * resource settings, delete, token exchange, import and the OAuth round trip change its state the
 * way the real API does, and every answer follows the vendored OpenAPI contract.
 *
 * @example
 * const mock = createVaultMock();
 * const server = setupServer(...mock.handlers);
 * const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
 */
export function createVaultMock(options: VaultMockOptions = {}): VaultMock {
  const baseUrl = (options.baseUrl ?? 'https://unify.apideck.com').replace(/\/+$/, '');
  const appId = options.appId ?? 'ik-demo-app';
  const consumerId = options.consumerId ?? 'acme-user-1';
  const store = new ConnectionStore(ownedBy(options.connections ?? fixtures.connections, consumerId));
  const ctx: MockContext = {
    baseUrl,
    appId,
    consumerId,
    store,
    connectors: clone(options.connectors ?? fixtures.connectors),
    connectorAuth: {
      sessionToken: options.connectorSessionToken ?? 'accept',
      apiKey: options.apiKey ?? 'mock-api-key',
    },
    customFields: clone(options.customFields ?? fixtures.customFields),
    present: {
      baseUrl,
      appId,
      consumerId,
      consentUrl: options.consentUrl,
      dialect: options.dialect ?? 'live',
      dataScopes: clone(options.dataScopes ?? dataScopesOf(appId)),
    },
    usedConfirmTokens: new Set(),
  };
  const persisted = options.persist
    ? persistState(ctx, options.persist, `integrations-kit:mock:${appId}:${consumerId}`)
    : undefined;
  persisted?.load();
  store.onChange = persisted?.schedule;
  const faults = new FaultList();
  const requests: RecordedRequest[] = [];
  const log = new RequestLog();
  const route = createRoute({
    log,
    ctx,
    faults,
    requests,
    latency: options.latency ?? 0,
    validateRequests: options.validateRequests ?? true,
  });
  let contractErrorsAllowed = false;
  // A control acting on one stored connection; false when there is none.
  const onRecord = (act: (record: ConnectionRecord) => void) => (unifiedApi: string, serviceId: string) => {
    const record = store.get(unifiedApi, serviceId);
    if (record) act(record);
    return Boolean(record);
  };
  const handlers = [
    ...connectionHandlers(ctx, route),
    ...resourceHandlers(ctx, route),
    ...mappingHandlers(ctx, route),
    ...consentHandlers(ctx, route),
    ...oauthHandlers(ctx, route),
    ...connectorHandlers(ctx, route),
    ...logsHandlers(ctx, route, log),
  ];

  return {
    handlers,
    async fetch(input, init) {
      const request = new Request(input, init);
      const response = await getResponse(handlers, request);
      // `fail({ network: true })` answers Response.error(): a real fetch rejects on those.
      if (response?.type === 'error') throw new TypeError('Failed to fetch (mock Vault: simulated network error)');
      if (response) return response;
      throw new TypeError(`Mock Vault: nothing answers ${request.method} ${request.url}; the mock serves ${baseUrl}.`);
    },
    baseUrl,
    appId,
    consumerId,
    // A day, so a playground tab left open does not drift into 401s.
    token: createMockSessionToken({ appId, consumerId, expiresIn: 24 * 3600 }),
    apiKey: ctx.connectorAuth.apiKey,
    requests,
    reset() {
      store.reset();
      ctx.present.dataScopes = clone(options.dataScopes ?? dataScopesOf(appId));
      faults.clear();
      requests.length = 0;
      log.clear();
      ctx.usedConfirmTokens.clear();
      persisted?.clear();
      contractErrorsAllowed = false;
    },
    allowContractErrors() {
      contractErrorsAllowed = true;
    },
    get contractErrorsAllowed() {
      return contractErrorsAllowed;
    },
    fail: (fault) => faults.add(fault),
    getConnection(unifiedApi, serviceId) {
      const record = store.get(unifiedApi, serviceId);
      return record ? clone(record.connection) : undefined;
    },
    setDataScopes(resources) {
      changeDataScopes(store, ctx.present, resources);
      persisted?.changeDataScopes();
    },
    setConnection(connection) {
      store.put(connection);
    },
    authorize: onRecord((record) => grantAccess(store, record, true)),
    revoke: onRecord((record) => revokeAccess(store, record)),
    revokeAtProvider: onRecord((record) => revokeAtProvider(store, record)),
    failTokenRefresh: (unifiedApi, serviceId, retentionMs) =>
      onRecord((record) => failTokenRefresh(store, record, Date.now(), retentionMs))(unifiedApi, serviceId),
  };
}
