import { connectionNotFound } from '../http/apideckError.js';
import type { ConnectionRecord } from '../store/ConnectionRecord.js';
import type { RouteInput } from './createRoute.js';
import type { MockContext } from './MockContext.js';

/** Resolves a route for one existing connection (`:unified_api/:service_id`), answering 404 for any other. */
export function withConnection(
  ctx: MockContext,
  answer: (record: ConnectionRecord, input: RouteInput) => Response | Promise<Response>,
): (input: RouteInput) => Response | Promise<Response> {
  return (input) => {
    const { unified_api = '', service_id = '' } = input.params;
    const record = ctx.store.get(unified_api, service_id);
    return record ? answer(record, input) : connectionNotFound(unified_api, service_id);
  };
}
