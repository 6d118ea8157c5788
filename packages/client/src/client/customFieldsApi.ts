import type { VaultClient } from '../types.js';
import { connectionPath } from './connectionPath.js';
import { dataArray } from './data.js';
import type { Requester } from './request.js';

/** `client.customFields`: custom fields found on a resource of the downstream connector. */
export function createCustomFieldsApi(request: Requester): VaultClient['customFields'] {
  return {
    list: async (ref, options) =>
      dataArray(
        await request(
          'GET',
          '/vault/connections/{unified_api}/{service_id}/{resource}/custom-fields',
          { path: { ...connectionPath(ref), resource: ref.resource }, query: { resource_id: ref.resourceId } },
          options?.signal,
        ),
      ),
  };
}
