import type { ConnectionRef, ConnectionValidation, VaultClient } from '../types.js';
import { connectionPath } from './connectionPath.js';
import { dataArray, dataObject, shapeError } from './data.js';
import { normalizeConnection } from './normalizeConnection.js';
import { readConnectionList } from './readConnectionList.js';
import { blank } from './request.js';
import type { Received, Requester } from './request.js';

const ONE = '/vault/connections/{unified_api}/{service_id}';

/** `client.connections`: the Vault connection operations. */
export function createConnectionsApi(request: Requester): VaultClient['connections'] {
  const path = (ref: ConnectionRef) => ({ path: connectionPath(ref) });

  // Every connection the API answers is read in one shape, whichever dialect it came in.
  const one = (received: Received<{ data: Parameters<typeof normalizeConnection>[0] }>) =>
    normalizeConnection(dataObject(received));

  return {
    list: async ({ api, configured } = {}, options) =>
      readConnectionList(
        dataArray<unknown>(await request('GET', '/vault/connections', { query: { api, configured } }, options?.signal)),
      ),
    get: async (ref, options) => one(await request('GET', ONE, path(ref), options?.signal)),
    create: async (ref, options) =>
      one(await request('POST', ONE, { ...path(ref), body: ref.connection }, options?.signal)),
    update: async (ref, options) =>
      one(await request('PATCH', ONE, { ...path(ref), body: ref.connection }, options?.signal)),
    // 204 No Content (or any 2xx body) means done; there is nothing to unwrap.
    delete: async (ref, options) => void (await request('DELETE', ONE, path(ref), options?.signal)),
    import: async (ref, options) =>
      one(await request('POST', `${ONE}/import`, { ...path(ref), body: ref.data }, options?.signal)),
    // The contract asks for no credentials in the body; `{}` keeps the JSON content type honest.
    token: async (ref, options) =>
      one(await request('POST', `${ONE}/token`, { ...path(ref), body: {} }, options?.signal)),

    async confirm(ref, options) {
      if (!ref.confirmToken) throw blank('confirmToken');
      const received = await request(
        'POST',
        `${ONE}/confirm`,
        { ...path(ref), body: { confirm_token: ref.confirmToken } },
        options?.signal,
      );
      const { confirmed } = dataObject(received);
      if (typeof confirmed !== 'boolean') throw shapeError(received, '"data.confirmed" to be a boolean');
      return { confirmed };
    },

    // Like `token`, the contract wants no credentials sent: the check uses what Vault stores.
    async validate(ref, options) {
      const received = await request('POST', `${ONE}/validate`, { ...path(ref), body: {} }, options?.signal);
      const { id, state } = dataObject<Partial<ConnectionValidation>>(received);
      if (typeof state !== 'string') throw shapeError(received, '"data.state" to be a connection state');
      return { id: typeof id === 'string' ? id : `${ref.unifiedApi}+${ref.serviceId}`, state };
    },
  };
}
