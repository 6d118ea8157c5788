import type { VaultClient } from '../types.js';
import type { ClientContext } from './context.js';
import { connectionPath, required } from './context.js';
import { dataArray, dataObject, send, shapeError } from './send.js';

const ONE = '/vault/connections/{unified_api}/{service_id}';

/** `client.connections`: the Vault connection operations. */
export function createConnectionsApi(ctx: ClientContext): VaultClient['connections'] {
  const params = (ref: Parameters<typeof connectionPath>[0]) => ({ header: ctx.header(), path: connectionPath(ref) });

  return {
    async list(query = {}, { signal } = {}) {
      const received = await send('GET /vault/connections', () =>
        ctx.vault.GET('/vault/connections', {
          params: { header: ctx.header(), query: { api: query.api, configured: query.configured } },
          signal,
        }),
      );
      return dataArray(received);
    },

    async get(ref, { signal } = {}) {
      const received = await send(`GET ${ONE}`, () => ctx.vault.GET(ONE, { params: params(ref), signal }));
      return dataObject(received);
    },

    async create(ref, { signal } = {}) {
      const received = await send(`POST ${ONE}`, () =>
        ctx.vault.POST(ONE, { params: params(ref), body: ref.connection, signal }),
      );
      return dataObject(received);
    },

    async update(ref, { signal } = {}) {
      const received = await send(`PATCH ${ONE}`, () =>
        ctx.vault.PATCH(ONE, { params: params(ref), body: ref.connection, signal }),
      );
      return dataObject(received);
    },

    async delete(ref, { signal } = {}) {
      // 204 No Content (or any 2xx body) means done; there is nothing to unwrap.
      await send(`DELETE ${ONE}`, () => ctx.vault.DELETE(ONE, { params: params(ref), signal }));
    },

    async import(ref, { signal } = {}) {
      const received = await send(`POST ${ONE}/import`, () =>
        ctx.vault.POST(`${ONE}/import`, { params: params(ref), body: ref.data, signal }),
      );
      return dataObject(received);
    },

    async token(ref, { signal } = {}) {
      const received = await send(`POST ${ONE}/token`, () =>
        // The contract asks for no credentials in the body; `{}` keeps the JSON content type honest.
        ctx.vault.POST(`${ONE}/token`, { params: params(ref), body: {}, signal }),
      );
      return dataObject(received);
    },

    async confirm(ref, { signal } = {}) {
      const received = await send(`POST ${ONE}/confirm`, () =>
        ctx.vault.POST(`${ONE}/confirm`, {
          params: params(ref),
          body: { confirm_token: required(ref.confirmToken, 'confirmToken') },
          signal,
        }),
      );
      const data = dataObject(received);
      if (typeof data.confirmed !== 'boolean') throw shapeError(received, '"data.confirmed" to be a boolean');
      return { confirmed: data.confirmed };
    },
  };
}
