import type { VaultClient } from '../types.js';
import type { ClientContext } from './context.js';
import { connectionPath, required } from './context.js';
import { normalizeResourceSettings } from './normalizeResourceSettings.js';
import { dataObject, dataOf, send, shapeError } from './send.js';

const CONFIG = '/vault/connections/{unified_api}/{service_id}/{resource}/config';

/** `client.connectionSettings`: a connection's per-resource settings (`…/{resource}/config`). */
export function createConnectionSettingsApi(ctx: ClientContext): VaultClient['connectionSettings'] {
  const params = (ref: Parameters<VaultClient['connectionSettings']['list']>[0]) => ({
    header: ctx.header(),
    path: { ...connectionPath(ref), resource: required(ref.resource, 'resource') },
  });

  return {
    async list(ref, { signal } = {}) {
      const received = await send(`GET ${CONFIG}`, () => ctx.vault.GET(CONFIG, { params: params(ref), signal }));
      const settings = normalizeResourceSettings(dataOf(received), ref.resource);
      if (!settings) {
        throw shapeError(received, '"data" to be a connection with "configuration" or an array of fields');
      }
      return settings;
    },

    async update(ref, { signal } = {}) {
      const received = await send(`PATCH ${CONFIG}`, () =>
        ctx.vault.PATCH(CONFIG, { params: params(ref), body: { configuration: ref.configuration }, signal }),
      );
      return dataObject(received);
    },
  };
}
