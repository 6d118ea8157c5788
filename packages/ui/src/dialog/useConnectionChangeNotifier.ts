import type { Connection, ConnectionState } from '@integrations-kit/client';
import { useCallback, useEffect, useRef } from 'react';
import { useStableCallback } from '../lib/useStableCallback.js';

/**
 * Drives `onConnectionChange`: `notify(answer)` after each change the dialog makes, plus one call
 * when the watched connection becomes usable (`callable`) by any other way (a form save, a flow
 * finishing in the background), without a second call when a notified change already did it.
 */
export function useConnectionChangeNotifier(
  connection: Connection | undefined,
  onConnectionChange: ((connection: Connection) => void) | undefined,
) {
  const callback = useStableCallback(onConnectionChange);
  // The state the host last heard about, and the state last seen here.
  const announced = useRef<ConnectionState | undefined>(undefined);
  const observed = useRef<ConnectionState | undefined>(undefined);
  // A flow's success and the cache update it caused may be seen in either order: tell the host once.
  const lastAnnounced = useRef<Connection | undefined>(undefined);

  const notify = useCallback(
    (changed: Connection) => {
      if (changed === lastAnnounced.current) return;
      lastAnnounced.current = changed;
      announced.current = changed.state;
      callback(changed);
    },
    [callback],
  );

  const state = connection?.state;
  useEffect(() => {
    if (!connection || state === undefined) return;
    const previous = observed.current;
    observed.current = state;
    if (previous === undefined || previous === state) return;
    if (state === 'callable' && announced.current !== 'callable') notify(connection);
    else if (state !== 'callable') announced.current = state;
  }, [connection, state, notify]);

  return notify;
}
