import type { Connection } from '@integrations-kit/client';
import { useEffect, useRef } from 'react';

/**
 * Opening an `available` integration enables it (users expect "open" to mean "add"). Decided once
 * per opening, on the first loaded connection: a connection that becomes `available` while the
 * dialog is open (it was just deleted) is left alone, and so is one whose enabling still runs from
 * an earlier opening. A failed enabling is tried again on the next opening.
 */
export function useEnableOnOpen(
  open: boolean,
  connection: Connection | undefined,
  actions: { enable: () => void; enabling: boolean },
): void {
  const decided = useRef(false);
  const { enable, enabling } = actions;
  const state = connection?.state;
  useEffect(() => {
    if (!open) {
      decided.current = false;
      return;
    }
    if (state === undefined || decided.current) return;
    decided.current = true;
    if (state === 'available' && !enabling) enable();
  }, [open, state, enabling, enable]);
}
