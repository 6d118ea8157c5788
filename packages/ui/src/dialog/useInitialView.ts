import { useEffect, useRef } from 'react';
import type { IntegrationView } from '../events/IntegrationEvent.js';

const SETTLE_MS = 1_000;
const DIALOG = '[data-slot="connection-dialog"]';
const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
const ACTS = ['pointerdown', 'keydown', 'focusin'] as const;

interface Opening {
  /** Landed, given up, or the person acted: the view leaves focus alone for the rest of this opening. */
  done: boolean;
  readySince: number | null;
  /** Whether the opening's first focus into the dialog (Radix's open auto-focus) has happened. */
  autoFocused: boolean;
}

const freshOpening = (): Opening => ({ done: false, readySince: null, autoFocused: false });

/**
 * Opens the dialog on one section: once it is `open` and `ready` (its connection loaded), scrolls
 * the section of `view` into sight and focuses its heading, so a deep link lands where it points
 * and a screen reader starts there. Once per opening; a view the connection does not offer (no
 * resources, no consent) leaves the dialog as it opens anyway. A section may mount a little after
 * the dialog is ready (its data arrives), so renders within `SETTLE_MS` look again; after that a
 * section appearing later does not pull focus away.
 *
 * The person's action ends it at once: from the moment the dialog opens, a `pointerdown` or
 * `keydown` inside it, or focus entering one of its editable fields (input, textarea, select,
 * contenteditable) other than by the opening's first focus (Radix's open auto-focus), means focus
 * is theirs, and the view neither scrolls nor moves it.
 */
export function useInitialView(open: boolean, ready: boolean, view: IntegrationView | undefined): void {
  const opening = useRef<Opening>(freshOpening());

  useEffect(() => {
    if (!open) {
      opening.current = freshOpening();
      return;
    }
    if (!view) return;
    const onAct = (event: Event) => {
      if (!(event.target instanceof Element) || !event.target.closest(DIALOG)) return;
      const state = opening.current;
      if (event.type === 'focusin') {
        const autoFocus = !state.autoFocused;
        state.autoFocused = true;
        if (autoFocus || !event.target.matches(EDITABLE)) return;
      }
      state.done = true;
    };
    for (const type of ACTS) document.addEventListener(type, onAct, true);
    return () => {
      for (const type of ACTS) document.removeEventListener(type, onAct, true);
    };
  }, [open, view]);

  useEffect(() => {
    const state = opening.current;
    if (!open || !ready || !view || state.done) return;
    state.readySince ??= performance.now();
    const since = state.readySince;
    // After Radix moved focus into the dialog on open, which would otherwise win.
    const frame = requestAnimationFrame(() => {
      if (state.done) return;
      const section = document.querySelector<HTMLElement>(`${DIALOG} [data-view="${view}"]`);
      if (!section) {
        if (performance.now() - since > SETTLE_MS) state.done = true;
        return;
      }
      state.done = true;
      section.scrollIntoView?.({ block: 'start' });
      section.querySelector<HTMLElement>('h3')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  });
}
