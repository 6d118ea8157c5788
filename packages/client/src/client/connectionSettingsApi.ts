import type { VaultClient } from '../types.js';
import { connectionPath } from './connectionPath.js';
import { dataObject, dataOf, shapeError } from './data.js';
import { normalizeConnection } from './normalizeConnection.js';
import { normalizeResourceSettings } from './normalizeResourceSettings.js';
import type { Requester } from './request.js';

const CONFIG = '/vault/connections/{unified_api}/{service_id}/{resource}/config';

/** `client.connectionSettings`: a connection's per-resource settings (`…/{resource}/config`). */
export function createConnectionSettingsApi(request: Requester): VaultClient['connectionSettings'] {
  const path = (ref: Parameters<VaultClient['connectionSettings']['list']>[0]) => ({
    ...connectionPath(ref),
    resource: ref.resource,
  });

  return {
    async list(ref, options) {
      const received = await request('GET', CONFIG, { path: path(ref) }, options?.signal);
      const settings = normalizeResourceSettings(dataOf(received), ref.resource);
      if (!settings) {
        throw shapeError(received, '"data" to be a connection with "configuration" or an array of fields');
      }
      return settings;
    },
    update: async (ref, options) =>
      normalizeConnection(
        dataObject(
          await request(
            'PATCH',
            CONFIG,
            { path: path(ref), body: { configuration: ref.configuration } },
            options?.signal,
          ),
        ),
      ),
  };
}
