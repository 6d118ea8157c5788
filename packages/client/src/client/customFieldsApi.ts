import type { VaultClient } from '../types.js';
import type { ClientContext } from './context.js';
import { connectionPath, required } from './context.js';
import { dataArray, send } from './send.js';

const CUSTOM_FIELDS = '/vault/connections/{unified_api}/{service_id}/{resource}/custom-fields';

/** `client.customFields`: custom fields found on a resource of the downstream connector. */
export function createCustomFieldsApi(ctx: ClientContext): VaultClient['customFields'] {
  return {
    async list(ref, { signal } = {}) {
      const received = await send(`GET ${CUSTOM_FIELDS}`, () =>
        ctx.vault.GET(CUSTOM_FIELDS, {
          params: {
            header: ctx.header(),
            path: { ...connectionPath(ref), resource: required(ref.resource, 'resource') },
            query: { resource_id: ref.resourceId },
          },
          signal,
        }),
      );
      return dataArray(received);
    },
  };
}
