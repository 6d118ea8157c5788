import type { ConnectionRef } from '@integrations-kit/client';
import { useConnectionLogs } from '@integrations-kit/hooks';
import { useState, type ComponentPropsWithoutRef } from 'react';
import { describeError } from '../errors/describeError.js';
import { useMessages } from '../i18n/useMessages.js';
import { useQueryRetry } from '../primitives/useHeldError.js';
import { ActivityLog } from './ActivityLog.js';

/** Props of `ConnectionActivityLog`. */
export interface ConnectionActivityLogProps extends ConnectionRef, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Entries per page (1–200). */
  pageSize?: number;
}

/**
 * One connection's activity log, read with `useConnectionLogs`. Errors first: it opens on the
 * connection's failed requests (an "errors only" filter the API serves, so paging stays exact),
 * and on all its requests when none failed; the person can switch either way.
 *
 * @example <ConnectionActivityLog unifiedApi="crm" serviceId="salesforce" />
 */
export function ConnectionActivityLog({ unifiedApi, serviceId, pageSize = 20, ...props }: ConnectionActivityLogProps) {
  const messages = useMessages();
  const ref = { unifiedApi, serviceId };
  // `undefined` until the person chooses: then the errors decide.
  const [chosen, setChosen] = useState<boolean>();
  const errors = useConnectionLogs(ref, { errorsOnly: true, limit: pageSize }, { enabled: chosen !== false });
  const noErrors = errors.isSuccess && (errors.data.pages[0]?.data.length ?? 0) === 0;
  const errorsOnly = chosen ?? !noErrors;
  const all = useConnectionLogs(ref, { limit: pageSize }, { enabled: !errorsOnly });
  const shown = errorsOnly ? errors : all;

  const entries = shown.data?.pages.flatMap((page) => page.data) ?? [];
  const describe = (error: unknown) => describeError(error, messages.dialog.errors).message;
  // A first page read again goes back to pending, its error cleared: the failure is held meanwhile.
  const first = useQueryRetry(shown);
  const firstFailed = first.error !== null && !shown.data;
  return (
    <ActivityLog
      entries={entries}
      status={firstFailed ? 'error' : shown.isPending ? 'loading' : 'ready'}
      errorsOnly={errorsOnly}
      onErrorsOnlyChange={setChosen}
      hasMore={shown.hasNextPage}
      loadingMore={shown.isFetchingNextPage}
      onLoadMore={() => void shown.fetchNextPage()}
      failure={firstFailed ? describe(first.error) : undefined}
      pageFailure={shown.isFetchNextPageError ? describe(shown.error) : undefined}
      onRetry={() => void (firstFailed ? shown.refetch() : shown.fetchNextPage())}
      retrying={first.retrying || shown.isFetchingNextPage}
      {...props}
    />
  );
}
