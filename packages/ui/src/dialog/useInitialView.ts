import { useEffect, useRef } from 'react';
import type { IntegrationView } from '../events/IntegrationEvent.js';

const SETTLE_MS = 1_000;

/**
 * Opens the dialog on one section: once `ready` (open, connection loaded), scrolls the section of
 * `view` into sight and focuses its heading, so a deep link lands where it points and a screen
 * reader starts there. Once per opening; a view the connection does not offer (no resources, no
 * consent) leaves the dialog as it opens anyway. A section may mount a little after the dialog is
 * ready (its data arrives), so renders within `SETTLE_MS` look again; after that focus is the
 * person's, and a section appearing later does not pull it away.
 */
export function useInitialView(ready: boolean, view: IntegrationView | undefined): void {
  const done = useRef(false);
  const readySince = useRef<number | null>(null);
  useEffect(() => {
    if (!ready) {
      done.current = false;
      readySince.current = null;
      return;
    }
    if (!view || done.current) return;
    readySince.current ??= performance.now();
    const since = readySince.current;
    // After Radix moved focus into the dialog on open, which would otherwise win.
    const frame = requestAnimationFrame(() => {
      const section = document.querySelector<HTMLElement>(`[data-slot="connection-dialog"] [data-view="${view}"]`);
      if (!section) {
        if (performance.now() - since > SETTLE_MS) done.current = true;
        return;
      }
      done.current = true;
      section.scrollIntoView?.({ block: 'start' });
      section.querySelector<HTMLElement>('h3')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  });
}
