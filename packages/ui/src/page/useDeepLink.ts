import type { Connection, ConnectionRef } from '@integrations-kit/client';
import { useState } from 'react';
import type { IntegrationEventTarget, IntegrationView } from '../events/IntegrationEvent.js';
import { useStableCallback } from '../lib/useStableCallback.js';

/** The integration the dialog shows: the card's connection when a card chose it, else just its ref. */
export interface DialogSelection extends ConnectionRef {
  connection?: Connection;
  view?: IntegrationView;
  /** A person chose it on a card; only then may opening it write (enable an `available` integration). */
  byClick?: boolean;
}

interface Options {
  serviceId?: string | undefined;
  unifiedApi?: string | undefined;
  initialView?: IntegrationView | undefined;
  /** The unified APIs the page shows, when limited: a deep link to any other opens nothing. */
  unifiedApis?: readonly string[] | undefined;
  open?: boolean | undefined;
  onOpenChange?: ((open: boolean, integration: IntegrationEventTarget | null) => void) | undefined;
}

/**
 * The page's dialog state: which integration it shows and whether it is open, controlled (`open`)
 * or not. A deep link (`serviceId` + `unifiedApi`) selects and opens its integration, on mount and
 * whenever it changes; removing it (the host's URL went back) closes the dialog. A link is only
 * navigation: it never enables anything by itself (see `byClick`).
 */
export function useDeepLink({
  serviceId,
  unifiedApi,
  initialView,
  unifiedApis,
  open: openProp,
  onOpenChange,
}: Options) {
  const shown = unifiedApi !== undefined && (!unifiedApis || unifiedApis.includes(unifiedApi));
  const linked = serviceId && unifiedApi && shown ? { serviceId, unifiedApi, view: initialView } : undefined;
  const linkKey = linked ? `${linked.unifiedApi}+${linked.serviceId}` : '';
  const [selected, setSelected] = useState<DialogSelection | null>(linked ?? null);
  const [uncontrolledOpen, setUncontrolledOpen] = useState(Boolean(linked));
  const [seenKey, setSeenKey] = useState(linkKey);
  if (seenKey !== linkKey) {
    // Adjusting state to a changed prop during render (React's documented pattern), not in an effect.
    setSeenKey(linkKey);
    setUncontrolledOpen(Boolean(linked));
    // A card's choice mirrored back through the URL keeps the card's connection.
    if (linked) setSelected((current) => (current && keyOf(current) === linkKey ? current : linked));
  }
  const open = openProp ?? uncontrolledOpen;

  const change = useStableCallback((next: boolean, target: IntegrationEventTarget | null) => {
    if (openProp === undefined) setUncontrolledOpen(next);
    onOpenChange?.(next, target);
  });
  const setOpen = useStableCallback((next: boolean) => change(next, next && selected ? toTarget(selected) : null));
  const select = useStableCallback((connection: Connection) => {
    const target = { unifiedApi: connection.unified_api ?? '', serviceId: connection.service_id ?? '' };
    setSelected({ ...target, connection, byClick: true });
    change(true, target);
  });
  return { selected, open, setOpen, select };
}

function keyOf(ref: ConnectionRef): string {
  return `${ref.unifiedApi}+${ref.serviceId}`;
}

function toTarget({ serviceId, unifiedApi }: ConnectionRef): IntegrationEventTarget {
  return { serviceId, unifiedApi };
}
