import type { Connection, ConnectionRef, VaultClient } from '@integrations-kit/client';
import type { QueryClient } from '@tanstack/react-query';
import { writeConnection } from '../connections/writeConnection.js';
import { toError } from '../errors/toError.js';
import type { PopupFlow } from './createPopupFlow.js';

/** What `readAfterClose` reads and writes. */
export interface ReadAfterCloseContext {
  client: VaultClient;
  queryClient: QueryClient;
  ref: ConnectionRef;
}

const AUTHORIZED = new Set<unknown>(['authorized', 'callable']);

/** Whether the connection holds a grant (`authorized` or `callable`). */
export function holdsGrant(connection: Connection): boolean {
  return AUTHORIZED.has(connection.state);
}

/**
 * The `onClosed` of a popup flow: the popup stayed closed past the grace period with no callback
 * message (the callback page was not ours, the user closed the window, or COOP severed it), so
 * the server is asked. The fresh connection goes into the caches; the attempt is done when
 * `happened` says the provider step took place, else it ends as cancelled. The listeners stay on
 * until the answer, in case the message was merely late: it takes over.
 */
export function readAfterClose(
  flow: PopupFlow,
  { client, queryClient, ref }: ReadAfterCloseContext,
  happened: (latest: Connection) => boolean,
): () => void {
  return () => {
    if (!flow.accepts({ type: 'check' })) return;
    flow.send({ type: 'check' });
    const reading = flow.state;
    client.connections.get(ref).then(
      (latest) => {
        if (flow.state !== reading) return;
        writeConnection(queryClient, client, ref, latest);
        flow.send(happened(latest) ? { type: 'confirmed', via: 'read', connection: latest } : { type: 'unconfirmed' });
      },
      (error: unknown) => flow.send({ type: 'fail', via: 'read', error: toError(error) }),
    );
  };
}
