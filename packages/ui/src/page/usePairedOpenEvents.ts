import { useRef } from 'react';
import type { IntegrationEvent, IntegrationEventTarget } from '../events/IntegrationEvent.js';
import { useStableCallback } from '../lib/useStableCallback.js';

/**
 * The page's `onEvent` with every `open` paired with a `close`: when the dialog swaps to another
 * integration while open (a deep link changed, Back or Forward went to another one), the page
 * shows a new dialog without closing the old, so the old one's `close` is reported here first.
 */
export function usePairedOpenEvents(onEvent: ((event: IntegrationEvent) => void) | undefined) {
  const shown = useRef<IntegrationEventTarget | null>(null);
  return useStableCallback((event: IntegrationEvent) => {
    const previous = shown.current;
    if (event.type === 'open') {
      if (previous && (previous.serviceId !== event.serviceId || previous.unifiedApi !== event.unifiedApi)) {
        onEvent?.({ type: 'close', serviceId: previous.serviceId, unifiedApi: previous.unifiedApi });
      }
      shown.current = { serviceId: event.serviceId, unifiedApi: event.unifiedApi };
    } else if (event.type === 'close') {
      shown.current = null;
    }
    onEvent?.(event);
  });
}
