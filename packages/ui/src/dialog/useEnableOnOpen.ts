import type { Connection } from '@integrations-kit/client';
import { useEffect, useRef } from 'react';

/**
 * Opening an `available` integration enables it (users expect "open" to mean "add"). Once per
 * opening: not again while the request runs (closing and reopening meanwhile), and again on a
 * later opening if it failed.
 */
export function useEnableOnOpen(
  open: boolean,
  connection: Connection | undefined,
  actions: { enable: () => void; enabling: boolean },
): void {
  const requested = useRef(false);
  const { enable, enabling } = actions;
  const available = connection?.state === 'available';
  useEffect(() => {
    if (!open) {
      requested.current = false;
      return;
    }
    if (!available || enabling || requested.current) return;
    requested.current = true;
    enable();
  }, [open, available, enabling, enable]);
}
