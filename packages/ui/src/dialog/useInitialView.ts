import { useEffect, useRef } from 'react';
import type { IntegrationView } from '../events/IntegrationEvent.js';

/**
 * Opens the dialog on one section: once `ready` (open, connection loaded), scrolls the section of
 * `view` into sight and focuses its heading, so a deep link lands where it points and a screen
 * reader starts there. Once per opening; a view the connection does not offer (no resources, no
 * consent) leaves the dialog as it opens anyway.
 */
export function useInitialView(ready: boolean, view: IntegrationView | undefined): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready) {
      done.current = false;
      return;
    }
    if (!view || done.current) return;
    // After Radix moved focus into the dialog on open, which would otherwise win.
    const frame = requestAnimationFrame(() => {
      const section = document.querySelector<HTMLElement>(`[data-slot="connection-dialog"] [data-view="${view}"]`);
      if (!section) return;
      done.current = true;
      section.scrollIntoView?.({ block: 'start' });
      section.querySelector<HTMLElement>('h3')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  });
}
