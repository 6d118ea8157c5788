import { HttpResponse, type HttpHandler } from 'msw';
import { badRequest, connectionNotFound, unprocessable } from '../http/apideckError.js';
import { ok } from '../http/ok.js';
import { applyConnectionInput } from '../store/applyConnectionInput.js';
import type { ConnectionRecord } from '../store/ConnectionRecord.js';
import { presentConnection } from '../store/presentConnection.js';
import { isRecord } from '../util/clone.js';
import type { Route } from './createRoute.js';
import { importHandler, tokenHandler, validateHandler } from './credentialHandlers.js';
import type { MockContext } from './MockContext.js';
import { refusal } from './refusal.js';
import { withConnection } from './withConnection.js';

const ONE = '/vault/connections/:unified_api/:service_id';

/**
 * `/vault/connections` list, get, create, update and delete.
 *
 * `configured=true` keeps connections whose integration is configured on the application side
 * (`integration_state: configured`), `configured=false` the others: that is what the live API
 * scopes by (the consumer-side progress is `state`).
 */
export function connectionHandlers(ctx: MockContext, route: Route): HttpHandler[] {
  const detail = (record: ConnectionRecord) => ok(presentConnection(record, ctx.present));

  return [
    route('get', '/vault/connections', ({ query }) => {
      const api = query.get('api');
      const configured = query.get('configured');
      if (configured !== null && configured !== 'true' && configured !== 'false') {
        return badRequest('"configured" must be true or false');
      }
      const data = ctx.store
        .all()
        .filter(({ connection }) => !api || connection.unified_api === api)
        .filter(
          ({ connection }) =>
            configured === null || (connection.integration_state === 'configured') === (configured === 'true'),
        )
        .map((record) => presentConnection(record, ctx.present, 'list'));
      return ok(data);
    }),

    route('get', ONE, withConnection(ctx, detail)),

    route(
      'post',
      ONE,
      withConnection(ctx, (record, { body }) => {
        if (record.added) {
          return unprocessable(
            'Connection already exists',
            `${record.connection.id} is already added; update it with PATCH`,
          );
        }
        const result = applyConnectionInput(record, body);
        if (result.kind !== 'ok') return refusal(result);
        // Creating adds the connection, enabled unless the body says otherwise.
        record.added = true;
        if (!isRecord(body) || body.enabled === undefined) record.connection.enabled = true;
        ctx.store.touch(record);
        return detail(record);
      }),
    ),

    route(
      'patch',
      ONE,
      withConnection(ctx, (record, { body }) => {
        const result = applyConnectionInput(record, body);
        if (result.kind !== 'ok') return refusal(result);
        ctx.store.touch(record);
        return detail(record);
      }),
    ),

    route(
      'delete',
      ONE,
      withConnection(ctx, (record) => {
        if (!record.added)
          return connectionNotFound(record.connection.unified_api ?? '', record.connection.service_id ?? '');
        ctx.store.forget(record);
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    importHandler(ctx, route),
    tokenHandler(ctx, route),
    validateHandler(ctx, route),
  ];
}
