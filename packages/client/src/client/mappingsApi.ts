import type { MappingRef, ResourceRef, VaultClient } from '../types.js';
import { connectionPath } from './connectionPath.js';
import { dataArray, dataObject, dataOf, isRecord, shapeError } from './data.js';
import { normalizeCustomMapping, normalizeCustomMappings } from './normalizeCustomMapping.js';
import type { Received, Requester } from './request.js';

const ALL = '/vault/custom-mappings/{unified_api}/{service_id}';
const ONE = '/vault/custom-mappings/{unified_api}/{service_id}/{target_field_id}';
const OF_RESOURCE = '/vault/connections/{unified_api}/{service_id}/{resource}/custom-mappings';
const EXAMPLE = '/vault/connections/{unified_api}/{service_id}/{resource}/example';
const SCHEMA = '/vault/connections/{unified_api}/{service_id}/{resource}/schema';

const targetPath = (ref: MappingRef) => ({ ...connectionPath(ref), target_field_id: ref.targetFieldId });
const resourcePath = (ref: ResourceRef) => ({ ...connectionPath(ref), resource: ref.resource });
const recordOr = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

/** The one mapping of a single-target answer, or `VaultResponseError`. */
function readMapping(received: Received<unknown>) {
  const mapping = normalizeCustomMapping(dataObject(received as Received<{ data: object }>));
  if (!mapping) throw shapeError(received, '"data" to be a custom mapping with an id');
  return mapping;
}

/**
 * `client.mappings`: a connection's field mappings (`customMappingsAll`, `connectionCustomMappingsAll`,
 * `customMappingsOne/Add/Update/Delete`) and the downstream example and schema they are written
 * against (`connectionsExample`, `connectionsSchema`).
 */
export function createMappingsApi(request: Requester): VaultClient['mappings'] {
  return {
    async list(ref, options) {
      const { resource } = ref;
      const received = resource
        ? await request('GET', OF_RESOURCE, { path: resourcePath({ ...ref, resource }) }, options?.signal)
        : await request('GET', ALL, { path: connectionPath(ref) }, options?.signal);
      return normalizeCustomMappings(dataArray(received), resource);
    },
    get: async (ref, options) => readMapping(await request('GET', ONE, { path: targetPath(ref) }, options?.signal)),
    // Vault may answer a create with 201; any 2xx carrying the mapping will do.
    create: async (ref, options) =>
      readMapping(await request('POST', ONE, { path: targetPath(ref), body: { value: ref.value } }, options?.signal)),
    update: async (ref, options) =>
      readMapping(await request('PATCH', ONE, { path: targetPath(ref), body: { value: ref.value } }, options?.signal)),
    async delete(ref, options) {
      // 204, or 200 with a body nothing reads: either way the target is unmapped.
      await request('DELETE', ONE, { path: targetPath(ref) }, options?.signal);
    },
    // The contract types neither body closely and live answers vary: anything but an object reads as `{}`.
    example: async (ref, options) =>
      recordOr(
        recordOr(dataOf(await request('GET', EXAMPLE, { path: resourcePath(ref) }, options?.signal))).example_response,
      ),
    schema: async (ref, options) =>
      recordOr(dataOf(await request('GET', SCHEMA, { path: resourcePath(ref) }, options?.signal))),
  };
}
