import { unprocessable } from '../http/apideckError.js';
import type { ConnectionRecord } from '../store/ConnectionRecord.js';
import type { RouteInput } from './createRoute.js';
import type { MockContext } from './MockContext.js';
import { withConnection } from './withConnection.js';

/**
 * Resolves a route for one existing connection that is `callable`: the live API reads the downstream
 * for these (custom fields, examples, mappings), which needs working credentials, and answers 422
 * `ConnectionNotCallableError` for any other state (404 for a connection the consumer does not have).
 */
export function whenCallable(
  ctx: MockContext,
  what: string,
  answer: (record: ConnectionRecord, input: RouteInput) => Response | Promise<Response>,
): (input: RouteInput) => Response | Promise<Response> {
  return withConnection(ctx, (record, input) => {
    const { connection } = record;
    if (connection.state === 'callable') return answer(record, input);
    return unprocessable(
      'Connection not callable',
      `${connection.id} must be callable to ${what}`,
      'ConnectionNotCallableError',
    );
  });
}
