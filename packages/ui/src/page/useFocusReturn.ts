import { useCallback, useRef, type RefObject } from 'react';

/**
 * Remembers which card opened the dialog and moves focus back to it on close. Looks the card up
 * by connection id when the dialog closes, so it works even when the card re-rendered (its
 * status changed) or Safari never focused it on click; falls back to the grid's search field
 * when the card is gone (the connection was deleted).
 */
export function useFocusReturn(rootRef: RefObject<HTMLElement | null>) {
  const openerId = useRef<string | undefined>(undefined);

  const remember = useCallback((connectionId: string | undefined) => {
    openerId.current = connectionId;
  }, []);

  const restore = useCallback(() => {
    const root = rootRef.current;
    if (!root) return;
    const cards = root.querySelectorAll<HTMLElement>('[data-slot="integration-card"]');
    const card = Array.from(cards).find((element) => element.dataset.connectionId === openerId.current);
    const target = card ?? root.querySelector<HTMLElement>('input[type="search"]');
    // After the dialog's own focus handling, which would otherwise win.
    requestAnimationFrame(() => target?.focus());
  }, [rootRef]);

  return { remember, restore };
}
