import type { LogEntry } from '@integrations-kit/client';
import { useId, type ComponentPropsWithoutRef } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { buttonClassName } from '../primitives/buttonClassName.js';
import { Progress } from '../primitives/Progress.js';
import { RetryAlert } from '../primitives/RetryAlert.js';
import { useFocusOnRecovery } from '../primitives/useFocusOnRecovery.js';
import { ActivityLogEntry } from './ActivityLogEntry.js';

const ENTRY = '[data-slot="activity-log-entry"]';

/** Props of `ActivityLog`. */
export interface ActivityLogProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The loaded entries, newest first. */
  entries: LogEntry[];
  /** `loading` before the first page arrives; `error` when it failed (nothing to show). */
  status: 'loading' | 'error' | 'ready';
  /** Whether only failed requests are shown. */
  errorsOnly: boolean;
  onErrorsOnlyChange?: (errorsOnly: boolean) => void;
  /** Whether another page can be loaded ("Show more"). */
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
  /** The next page failed: the entries already shown stay, with this reason and "Try again". */
  pageFailure?: string;
  /** Why the first page failed (with `status: 'error'`). */
  failure?: string;
  /** Runs again what failed: the first page, or the next one. */
  onRetry?: () => void;
  /** `onRetry` is running: the failure stays, its Try again busy (focused, ignoring presses). */
  retrying?: boolean;
}

/**
 * A connection's activity log: an "Errors only" switch, the requests (each expandable), "Show
 * more" while there are pages left, and the empty, loading and failed states; a page that fails
 * keeps the entries already shown and offers "Try again". Presentational.
 *
 * @example <ActivityLog entries={entries} status="ready" errorsOnly={false} hasMore onLoadMore={next} />
 */
export function ActivityLog({
  entries,
  status,
  errorsOnly,
  onErrorsOnlyChange,
  hasMore = false,
  loadingMore = false,
  onLoadMore,
  pageFailure,
  failure,
  onRetry,
  retrying = false,
  className,
  ...props
}: ActivityLogProps) {
  const m = useMessages().logs;
  const toggleId = useId();
  const state = status === 'ready' && entries.length === 0 ? 'empty' : status;
  // Once Try again has loaded what failed, focus goes to what took the alert's place: the first
  // entry it brought, or the empty message (the alert's button, which held focus, is gone).
  const settled = status === 'ready' && !pageFailure && !retrying && !loadingMore;
  const { ref, arm } = useFocusOnRecovery<HTMLDivElement>(settled);
  const retry = onRetry
    ? () => {
        arm(`${ENTRY}:nth-child(${entries.length + 1}) summary`, `${ENTRY}:last-child summary`, 'p[tabindex]');
        onRetry();
      }
    : undefined;
  return (
    <div
      ref={ref}
      data-slot="activity-log"
      data-state={state}
      className={cn('ik:flex ik:flex-col ik:gap-3', className)}
      {...props}
    >
      <div className="ik:flex ik:items-center ik:gap-2 ik:text-sm">
        <input
          id={toggleId}
          type="checkbox"
          checked={errorsOnly}
          disabled={!onErrorsOnlyChange}
          onChange={(event) => onErrorsOnlyChange?.(event.target.checked)}
          className="ik:size-4 ik:accent-accent"
        />
        <label htmlFor={toggleId}>{m.errorsOnly}</label>
      </div>
      {state === 'loading' ? <Progress>{m.loading}</Progress> : null}
      {state === 'error' ? (
        <RetryAlert busy={retrying} onRetry={retry}>
          {failure ?? m.loadFailed}
        </RetryAlert>
      ) : null}
      {state === 'empty' ? (
        <p tabIndex={-1} className="ik:text-sm ik:text-fg-muted">
          {errorsOnly ? m.noErrors : m.empty}
        </p>
      ) : null}
      {entries.length > 0 ? (
        <ol aria-label={m.title} className="ik:flex ik:flex-col ik:gap-2">
          {entries.map((entry, index) => (
            // Pages only append, so the place keeps a key stable; an API may repeat or leave out an id.
            <ActivityLogEntry key={`${entry.id}:${index}`} entry={entry} />
          ))}
        </ol>
      ) : null}
      {pageFailure ? (
        <RetryAlert busy={retrying} onRetry={retry}>
          {m.pageFailed(pageFailure)}
        </RetryAlert>
      ) : null}
      {loadingMore ? <Progress>{m.loadingMore}</Progress> : null}
      {hasMore && !pageFailure && onLoadMore ? (
        // Stays mounted while the page loads, so a keyboard user's focus stays on it.
        <button
          type="button"
          className={cn(buttonClassName('secondary'), 'ik:self-start')}
          aria-disabled={loadingMore || undefined}
          onClick={loadingMore ? undefined : onLoadMore}
        >
          {m.more}
        </button>
      ) : null}
    </div>
  );
}
