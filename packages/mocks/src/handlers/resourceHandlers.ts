import type { FormField } from '@integrations-kit/client';
import type { HttpHandler } from 'msw';
import { fieldsInDialect, flatConfigFields } from '../dialect/inDialect.js';
import { badRequest, errorResponse } from '../http/apideckError.js';
import { ok } from '../http/ok.js';
import { applyConfiguration } from '../store/applyConfiguration.js';
import type { ConnectionRecord } from '../store/ConnectionRecord.js';
import { presentConnection } from '../store/presentConnection.js';
import { isRecord } from '../util/clone.js';
import type { Route } from './createRoute.js';
import type { MockContext } from './MockContext.js';
import { refusal } from './refusal.js';
import { whenCallable } from './whenCallable.js';
import { withConnection } from './withConnection.js';

const RESOURCE = '/vault/connections/:unified_api/:service_id/:resource';

/**
 * A connection's per-resource settings (`…/{resource}/config`) and the downstream custom fields
 * of a resource (`…/{resource}/custom-fields`).
 *
 * GET `/config` answers a connection whose `configuration` is, in the live dialect, the resource's
 * flat list of fields, and in the contract dialect the one resource's `{ resource, defaults }`.
 * Defaults carry their label, type, options and description next to `id` and `value`.
 */
export function resourceHandlers(ctx: MockContext, route: Route): HttpHandler[] {
  const entryOf = (record: ConnectionRecord, resource: string) =>
    (record.connection.configuration ?? []).find((entry) => entry.resource === resource);

  return [
    route(
      'get',
      `${RESOURCE}/config`,
      withConnection(ctx, (record, { params }) => {
        const resource = params.resource ?? '';
        const entry = entryOf(record, resource);
        if (!entry) return unknownResource(record, resource);
        const connection = presentConnection(record, ctx.present);
        const defaults = (entry.defaults ?? []) as FormField[];
        if (ctx.present.dialect === 'live') return ok({ ...connection, configuration: flatConfigFields(defaults) });
        return ok({ ...connection, configuration: [{ ...entry, defaults: fieldsInDialect(defaults, 'contract') }] });
      }),
    ),

    route(
      'patch',
      `${RESOURCE}/config`,
      withConnection(ctx, (record, { params, body }) => {
        const resource = params.resource ?? '';
        if (!entryOf(record, resource)) return unknownResource(record, resource);
        if (!isRecord(body)) return badRequest('The body must be { configuration: [{ resource, defaults }] }');
        const result = applyConfiguration(record.connection, body.configuration, resource);
        if (result.kind !== 'ok') return refusal(result);
        ctx.store.touch(record);
        return ok(presentConnection(record, ctx.present));
      }),
    ),

    route(
      'get',
      `${RESOURCE}/custom-fields`,
      whenCallable(ctx, 'read custom fields', ({ connection }, { params }) =>
        ok(ctx.customFields[connection.id ?? '']?.[params.resource ?? ''] ?? []),
      ),
    ),
  ];
}

function unknownResource(record: ConnectionRecord, resource: string): Response {
  return errorResponse(404, {
    message: 'Unknown Resource',
    detail: `${record.connection.id} has no settings for resource "${resource}"`,
  });
}
