'use client';
import type { ConnectionRef, LogEntry, Page } from '@integrations-kit/client';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { InfiniteData, QueryKey, UseInfiniteQueryOptions } from '@tanstack/react-query';
import type { VaultInfiniteQueryHookOptions } from '../query/hookOptions.js';
import type { ConnectionLogsParams } from '../query/params.js';
import { useVaultClient } from '../provider/useVaultClient.js';
import { connectionLogsInfiniteQueryOptions } from './connectionLogsInfiniteQueryOptions.js';

/**
 * One connection's activity log (the requests made for it, newest first), one page at a time
 * (`fetchNextPage`, `hasNextPage`). A page that fails leaves the pages already loaded in `data`.
 *
 * @example
 * const { data, fetchNextPage, hasNextPage } = useConnectionLogs(
 *   { unifiedApi: 'crm', serviceId: 'salesforce' },
 *   { errorsOnly: true, limit: 20 },
 * );
 */
export function useConnectionLogs<TData = InfiniteData<Page<LogEntry>, string | undefined>>(
  ref: ConnectionRef,
  params: ConnectionLogsParams = {},
  options: VaultInfiniteQueryHookOptions<Page<LogEntry>, string | undefined, TData> = {},
) {
  const client = useVaultClient();
  // As in `useConnectors`: the caller's options are typed for any key, the hook's for its own.
  return useInfiniteQuery({
    ...connectionLogsInfiniteQueryOptions(client, ref, params),
    ...options,
  } as UseInfiniteQueryOptions<Page<LogEntry>, Error, TData, QueryKey, string | undefined>);
}
