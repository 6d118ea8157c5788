import type { Connection } from '@integrations-kit/client';
import { useConnections, usePrefetchConnection } from '@integrations-kit/hooks';
import { memo, useCallback, useDeferredValue, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { describeError } from '../errors/describeError.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { useRootClassName } from '../lib/KitThemeContext.js';
import { useStableCallback } from '../lib/useStableCallback.js';
import { ConnectionList } from './ConnectionList.js';
import {
  ALL_CATEGORIES,
  filterConnections,
  hasActiveFilters,
  noFilters,
  type ConnectionFilters,
} from './filterConnections.js';
import { GridMessage } from './GridMessage.js';
import { GridSkeleton } from './GridSkeleton.js';
import { GridToolbar } from './GridToolbar.js';
import { indexConnections } from './indexConnections.js';
import { useFilterOptions } from './useFilterOptions.js';

/** Props of `IntegrationsGrid`. */
export interface IntegrationsGridProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onSelect' | 'children'> {
  /** Show only these unified APIs, e.g. `['crm', 'accounting']` (filtered here; one request for all). */
  unifiedApis?: readonly string[];
  /** Show only this service, e.g. `salesforce`. */
  serviceId?: string;
  /** Called when a card is activated; `IntegrationsPage` opens the connection dialog. */
  onSelect?: (connection: Connection) => void;
  /**
   * Called when a card is hovered or focused, after the grid started reading its connection
   * ahead; `IntegrationsPage` loads the dialog's code then, so the click waits on nothing.
   */
  onPrefetch?: (connection: Connection) => void;
}

/**
 * The consumer's connections as searchable, filterable cards, with loading, empty, no-results
 * and error states. Search and filters run in the browser: no request per keystroke. A long list
 * renders only the cards on screen (find one by typing in the search field: the browser's
 * find-in-page sees only those); hovering or focusing a card reads its connection ahead. Memoised:
 * a parent re-rendering with the same props (a dialog opening) does not re-render the grid.
 *
 * @example <IntegrationsGrid unifiedApis={['crm']} onSelect={(connection) => setOpen(connection)} />
 */
export const IntegrationsGrid = memo(function IntegrationsGrid({
  unifiedApis,
  serviceId,
  onSelect,
  onPrefetch,
  className,
  ...props
}: IntegrationsGridProps) {
  const messages = useMessages();
  const rootClassName = useRootClassName(cn('ik:flex ik:flex-col ik:gap-4', className));
  const query = useConnections();
  const [filters, setFilters] = useState<ConnectionFilters>(noFilters);
  const searchRef = useRef<HTMLInputElement>(null);
  const select = useStableCallback(onSelect);
  const prefetchConnection = usePrefetchConnection();
  const notifyPrefetch = useStableCallback(onPrefetch);
  const prefetch = useCallback(
    (connection: Connection) => {
      const { unified_api: unifiedApi, service_id: serviceId } = connection;
      if (unifiedApi && serviceId) prefetchConnection({ unifiedApi, serviceId });
      notifyPrefetch(connection);
    },
    [prefetchConnection, notifyPrefetch],
  );

  // Host arrays are often inline literals; compare them by content.
  const apisKey = unifiedApis?.join('\n') ?? '';
  const indexed = useMemo(
    () => indexConnections(query.data ?? [], { unifiedApis: apisKey ? apisKey.split('\n') : undefined, serviceId }),
    [query.data, apisKey, serviceId],
  );
  // Typing stays responsive with a thousand cards: the list catches up a frame later.
  const deferredFilters = useDeferredValue(filters);
  const filtered = useMemo(() => filterConnections(indexed, deferredFilters), [indexed, deferredFilters]);
  const { categories, statuses } = useFilterOptions(filtered);

  const clearFilters = () => {
    setFilters(noFilters);
    searchRef.current?.focus();
  };

  let body;
  let state: 'loading' | 'error' | 'empty' | 'no-results' | 'ready';
  if (query.isPending) {
    state = 'loading';
    body = <GridSkeleton />;
  } else if (query.isError && !query.data) {
    state = 'error';
    const described = describeError(query.error, messages.dialog.errors);
    body = (
      <GridMessage
        kind="error"
        title={messages.grid.errorTitle}
        body={described.message}
        action={described.retryable ? { label: messages.grid.retry, onClick: () => void query.refetch() } : undefined}
      />
    );
  } else if (indexed.length === 0) {
    state = 'empty';
    body = <GridMessage kind="empty" title={messages.grid.emptyTitle} body={messages.grid.emptyBody} />;
  } else if (filtered.results.length === 0) {
    state = 'no-results';
    body = (
      <GridMessage
        kind="no-results"
        title={messages.grid.noResultsTitle}
        body={messages.grid.noResultsBody}
        action={hasActiveFilters(filters) ? { label: messages.grid.clearFilters, onClick: clearFilters } : undefined}
      />
    );
  } else {
    state = 'ready';
    body = <ConnectionList items={filtered.results} onSelect={select} onPrefetch={prefetch} />;
  }

  return (
    <div data-slot="integrations-grid" data-state={state} className={rootClassName} {...props}>
      {indexed.length > 1 ? (
        <GridToolbar
          ref={searchRef}
          query={filters.query}
          onQueryChange={(value) => setFilters((current) => ({ ...current, query: value }))}
          categories={categories}
          category={filters.category ?? ALL_CATEGORIES}
          onCategoryChange={(value) =>
            setFilters((current) => ({ ...current, category: value === ALL_CATEGORIES ? null : value }))
          }
          statuses={statuses}
          status={filters.status}
          onStatusChange={(value) => setFilters((current) => ({ ...current, status: value }))}
        />
      ) : null}
      {indexed.length > 1 ? (
        <p role="status" className="ik:text-xs ik:text-fg-muted">
          {messages.grid.resultCount(filtered.results.length, indexed.length)}
        </p>
      ) : null}
      {body}
    </div>
  );
});
