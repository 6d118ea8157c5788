import { HttpResponse, type HttpHandler } from 'msw';
import { resourceExampleFixtures } from '../fixtures/resourceExamples.js';
import { titleOf } from '../fixtures/unifiedApis.js';
import { badRequest, errorResponse, unprocessable } from '../http/apideckError.js';
import { ok } from '../http/ok.js';
import type { ConnectionRecord } from '../store/ConnectionRecord.js';
import {
  isMapped,
  jsonPathProblem,
  mappingsOf,
  mapTarget,
  resourceOf,
  type StoredMapping,
} from '../store/mappingTransitions.js';
import { approximateSchema } from '../util/approximateSchema.js';
import { isRecord } from '../util/clone.js';
import type { Route, RouteInput } from './createRoute.js';
import type { MockContext } from './MockContext.js';
import { refusal } from './refusal.js';
import { whenCallable } from './whenCallable.js';

const MAPPINGS = '/vault/custom-mappings/:unified_api/:service_id';
const ONE = `${MAPPINGS}/:target_field_id`;
const RESOURCE = '/vault/connections/:unified_api/:service_id/:resource';

/**
 * Field mapping: the connection's mapping targets (`custom_mappings`, all or one resource's), one
 * target read, mapped (POST), remapped (PATCH) and unmapped (DELETE), and the downstream example
 * record with its approximate JSON Schema that a JSONPath is picked from. Every answer reads and
 * writes the connection's stored `custom_mappings`, so GET connection shows the same mappings.
 *
 * Decisions where the contract is silent:
 * - POST on a target already mapped answers 422 (as creating an added connection does here), so
 *   a second writer does not silently replace a mapping; PATCH is the way to change one.
 * - PATCH on an unmapped target maps it: Vault stores one value per target, and an editor that
 *   only knows "save this JSONPath" should not have to know whether one was there before.
 * - DELETE on an unmapped target answers 404: there is no mapping to delete.
 * - A value that is no JSONPath (`$…`) answers 422 `ValidationError` naming `value`, as settings do.
 */
export function mappingHandlers(ctx: MockContext, route: Route): HttpHandler[] {
  const exampleOf = (record: ConnectionRecord, resource: string) =>
    resourceExampleFixtures[record.connection.id ?? '']?.[resource];
  // What a mapping's JSONPath reads: the example record, with the connection's custom fields as its
  // `custom_fields`, so a custom field's finder (`$.custom_fields[?(@.id=='4048')].value`) reads the
  // field the downstream reports rather than nothing.
  const mappedRecordOf = (record: ConnectionRecord, resource: string) => {
    const example = exampleOf(record, resource);
    const customFields = ctx.customFields[record.connection.id ?? '']?.[resource];
    return customFields ? { ...example, custom_fields: customFields } : example;
  };
  // The contract's `resource` is the connector's resource entry, as the Connector API lists it.
  const linkedResource = (record: ConnectionRecord, resource: string) =>
    ctx.connectors
      .find((connector) => connector.id === record.connection.service_id)
      ?.unified_apis?.find((api) => api.id === record.connection.unified_api)
      ?.supported_resources?.find((entry) => entry.id === resource) ?? { id: resource, name: titleOf(resource) };
  const targetOf = (record: ConnectionRecord, targetId: string) =>
    mappingsOf(record).find((mapping) => mapping.id === targetId);

  // One target of the connection: 404 when it has none of that id.
  const onTarget = (
    what: string,
    answer: (record: ConnectionRecord, target: StoredMapping, input: RouteInput) => Response,
  ) =>
    whenCallable(ctx, what, (record, input) => {
      const targetId = input.params.target_field_id ?? '';
      const target = targetOf(record, targetId);
      return target ? answer(record, target, input) : unknownTarget(record, targetId);
    });

  const save = (record: ConnectionRecord, target: StoredMapping, body: unknown) => {
    if (!isRecord(body) || typeof body.value !== 'string')
      return badRequest('The body must be { "value": "<JSONPath>" }');
    const problem = jsonPathProblem(body.value);
    if (problem) return refusal({ kind: 'invalid', errors: [{ field: 'value', message: problem }] });
    const example = mappedRecordOf(record, resourceOf(target));
    return ok(mapTarget(ctx.store, record, target, { value: body.value, example, consumerId: ctx.consumerId }));
  };

  return [
    route(
      'get',
      MAPPINGS,
      whenCallable(ctx, 'read custom mappings', (record) => ok(mappingsOf(record))),
    ),

    route(
      'get',
      `${RESOURCE}/custom-mappings`,
      whenCallable(ctx, 'read custom mappings', (record, { params }) => ok(mappingsOf(record, params.resource ?? ''))),
    ),

    route(
      'get',
      ONE,
      onTarget('read custom mappings', (_record, target) => ok(target)),
    ),

    route(
      'post',
      ONE,
      onTarget('map fields', (record, target, { body }) =>
        isMapped(target)
          ? unprocessable('Custom mapping already exists', `${target.id} is already mapped; change it with PATCH`)
          : save(record, target, body),
      ),
    ),

    route(
      'patch',
      ONE,
      onTarget('map fields', (record, target, { body }) => save(record, target, body)),
    ),

    route(
      'delete',
      ONE,
      onTarget('map fields', (record, target) => {
        if (!isMapped(target)) return unknownTarget(record, target.id ?? '', 'is not mapped');
        mapTarget(ctx.store, record, target, { value: undefined, example: undefined, consumerId: ctx.consumerId });
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    route(
      'get',
      `${RESOURCE}/example`,
      whenCallable(ctx, 'read an example', (record, { params }) => {
        const resource = params.resource ?? '';
        const example = exampleOf(record, resource);
        if (!example) return noExample(record, resource);
        const { unified_api, service_id } = record.connection;
        return ok({ unified_api, service_id, resource: linkedResource(record, resource), example_response: example });
      }),
    ),

    route(
      'get',
      `${RESOURCE}/schema`,
      whenCallable(ctx, 'read a schema', (record, { params }) => {
        const resource = params.resource ?? '';
        const example = exampleOf(record, resource);
        return example ? ok(approximateSchema(example)) : noExample(record, resource);
      }),
    ),
  ];
}

function unknownTarget(record: ConnectionRecord, targetId: string, why = 'is no mapping target'): Response {
  return errorResponse(404, {
    message: 'Unknown Custom Mapping',
    detail: `${targetId} ${why} of ${record.connection.id}`,
  });
}

function noExample(record: ConnectionRecord, resource: string): Response {
  return errorResponse(404, {
    message: 'Unknown Resource',
    detail: `${record.connection.id} has no example of resource "${resource}"`,
  });
}
