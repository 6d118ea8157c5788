import { useCallback, useEffect, useState } from 'react';
import type { IntegrationEvent, IntegrationView } from '../events/IntegrationEvent.js';

/** Options of `useIntegrationsUrlState`. */
export interface IntegrationsUrlStateOptions {
  /** Query parameter names; defaults to `api`, `service` and `view`. */
  params?: { unifiedApi?: string; serviceId?: string; view?: string };
  /**
   * `push` adds a history entry per opened dialog: Back closes it, and closing it steps back over
   * its entry. `replace` (default) adds none.
   */
  history?: 'push' | 'replace';
}

/** What `useIntegrationsUrlState` returns: props to spread on `IntegrationsPage`. */
export interface IntegrationsUrlState {
  serviceId: string | undefined;
  unifiedApi: string | undefined;
  initialView: IntegrationView | undefined;
  /** Writes the opened integration into the URL and clears it on close; call it from your own `onEvent` too. */
  onEvent: (event: IntegrationEvent) => void;
}

const views = new Set<unknown>(['settings', 'resources', 'consent', 'health'] satisfies IntegrationView[]);

/**
 * Mirrors the page's open integration to the URL's query string, without a router: reads
 * `?api=crm&service=salesforce&view=settings` on load and on Back/Forward (`popstate`), writes it
 * through `history.replaceState` (or `pushState`) when a dialog opens, and removes it on close.
 * Other query parameters and the hash stay as they are.
 *
 * @example
 * const urlState = useIntegrationsUrlState();
 * <IntegrationsPage redirectUri={redirectUri} {...urlState} />
 */
export function useIntegrationsUrlState(options: IntegrationsUrlStateOptions = {}): IntegrationsUrlState {
  const names = {
    unifiedApi: options.params?.unifiedApi ?? 'api',
    serviceId: options.params?.serviceId ?? 'service',
    view: options.params?.view ?? 'view',
  };
  const { unifiedApi: apiName, serviceId: serviceName, view: viewName } = names;
  const mode = options.history ?? 'replace';
  const [search, setSearch] = useState(readSearch);

  useEffect(() => {
    const onPopState = () => setSearch(readSearch());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const onEvent = useCallback(
    (event: IntegrationEvent) => {
      if (event.type !== 'open' && event.type !== 'close') return;
      const url = new URL(window.location.href);
      const params = url.searchParams;
      const opened = event.type === 'open';
      const already = params.get(apiName) === event.unifiedApi && params.get(serviceName) === event.serviceId;
      if (opened === already) return;
      if (opened) {
        params.set(apiName, event.unifiedApi);
        params.set(serviceName, event.serviceId);
        params.delete(viewName);
      } else {
        for (const name of [apiName, serviceName, viewName]) params.delete(name);
      }
      const key = `${event.unifiedApi}+${event.serviceId}`;
      if (opened && mode === 'push') {
        // The entry is marked as this dialog's, so closing it can step back over it.
        window.history.pushState({ ...asRecord(window.history.state), [PUSHED]: key }, '', url);
      } else if (!opened && mode === 'push' && asRecord(window.history.state)[PUSHED] === key) {
        // Closing a dialog whose entry was pushed steps back to the page's own entry (popstate reads
        // it), so Back afterwards leaves the page instead of showing the same URL once more.
        window.history.back();
        return;
      } else {
        // Closing replaces the entry: Back after closing should not reopen the dialog.
        window.history.replaceState(window.history.state, '', url);
      }
      setSearch(url.search);
    },
    [apiName, serviceName, viewName, mode],
  );

  const params = new URLSearchParams(search);
  const view = params.get(viewName);
  return {
    unifiedApi: params.get(apiName) ?? undefined,
    serviceId: params.get(serviceName) ?? undefined,
    initialView: views.has(view) ? (view as IntegrationView) : undefined,
    onEvent,
  };
}

// Marks a history entry `useIntegrationsUrlState` pushed for an opened dialog.
const PUSHED = 'integrationsKitDialog';

function asRecord(state: unknown): Record<string, unknown> {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
}

function readSearch(): string {
  return typeof window === 'undefined' ? '' : window.location.search;
}
