import type { VaultClient } from '../types.js';
import { dataArray, dataObject } from './data.js';
import type { Requester } from './request.js';

/** `client.connectors`: the Connector API catalog. */
export function createConnectorsApi(request: Requester): VaultClient['connectors'] {
  return {
    async list({ cursor, limit, filter } = {}, options) {
      const received = await request(
        'GET',
        '/connector/connectors',
        { query: { cursor, limit, filter } },
        options?.signal,
      );
      const data = dataArray(received);
      const meta = received.body?.meta;
      return { data, nextCursor: meta?.cursors?.next ?? null, ...(meta ? { meta } : {}) };
    },
    get: async (id, options) =>
      dataObject(await request('GET', '/connector/connectors/{id}', { path: { id } }, options?.signal)),
    doc: async (id, docId, options) => {
      const received = await request(
        'GET',
        '/connector/connectors/{id}/docs/{doc_id}',
        { path: { id, doc_id: docId } },
        options?.signal,
        'markdown',
      );
      return received.body ?? '';
    },
  };
}
