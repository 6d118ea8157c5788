import type { ConnectorsFilter, VaultClient } from '../types.js';
import type { ClientContext } from './context.js';
import { required } from './context.js';
import { dataArray, dataObject, send } from './send.js';

/** `client.connectors`: the Connector API catalog. */
export function createConnectorsApi(ctx: ClientContext): VaultClient['connectors'] {
  return {
    async list(params = {}, { signal } = {}) {
      const received = await send('GET /connector/connectors', () =>
        ctx.connector.GET('/connector/connectors', {
          params: {
            header: ctx.header(),
            query: { cursor: params.cursor, limit: params.limit, filter: withoutBlanks(params.filter) },
          },
          signal,
        }),
      );
      const data = dataArray(received);
      const meta = received.body?.meta;
      return { data, nextCursor: meta?.cursors?.next ?? null, ...(meta ? { meta } : {}) };
    },

    async get(id, { signal } = {}) {
      const received = await send('GET /connector/connectors/{id}', () =>
        ctx.connector.GET('/connector/connectors/{id}', {
          params: { header: ctx.header(), path: { id: required(id, 'id') } },
          signal,
        }),
      );
      return dataObject(received);
    },
  };
}

// openapi-fetch writes `filter[status]=` plus a stray `&` for undefined members of a deepObject.
function withoutBlanks(filter: ConnectorsFilter | undefined): ConnectorsFilter | undefined {
  if (!filter) return undefined;
  const entries = Object.entries(filter).filter(([, value]) => value !== undefined && value !== null);
  return entries.length ? (Object.fromEntries(entries) as ConnectorsFilter) : undefined;
}
