import type { ConnectionRef, LogsFilter, VaultClient } from '@integrations-kit/client';
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ConnectionLogsParams } from '../query/params.js';
import { vaultKeys } from '../query/vaultKeys.js';

/**
 * The failure statuses an "errors only" log asks for. The filter has no status range and takes at
 * most 50 codes, so these are the 4xx and 5xx codes an API answers in practice.
 */
export const ERROR_STATUS_CODES: readonly number[] = [
  400, 401, 402, 403, 404, 405, 406, 408, 409, 410, 411, 412, 413, 415, 422, 423, 424, 425, 426, 428, 429, 431, 451,
  500, 501, 502, 503, 504, 505, 507, 508, 510, 511,
];

/**
 * The log filter for one connection: `connector_id` is not applied server-side, so the log is
 * narrowed by the connection's path (`/{unified_api}/{service_id}`, matched anywhere in the path).
 */
export function connectionLogsFilter(ref: ConnectionRef, params: ConnectionLogsParams = {}): LogsFilter {
  const statusCodes = params.errorsOnly ? [...ERROR_STATUS_CODES] : params.statusCodes;
  return {
    path: `/${ref.unifiedApi}/${ref.serviceId}`,
    path_match_mode: 'CONTAINS',
    ...(statusCodes ? { status_codes: statusCodes } : {}),
    ...(params.startDate ? { start_date: params.startDate } : {}),
    ...(params.endDate ? { end_date: params.endDate } : {}),
  };
}

/**
 * Infinite-query options for one connection's activity log, newest first, paged by the API's cursor.
 *
 * @example await queryClient.prefetchInfiniteQuery(connectionLogsInfiniteQueryOptions(client, ref, { errorsOnly: true }))
 */
export function connectionLogsInfiniteQueryOptions(
  client: VaultClient,
  ref: ConnectionRef,
  params: ConnectionLogsParams = {},
) {
  return infiniteQueryOptions({
    queryKey: vaultKeys(client).connectionLogs(ref, params),
    queryFn: ({ pageParam, signal }) =>
      client.logs.list(
        { cursor: pageParam, limit: params.limit, filter: connectionLogsFilter(ref, params) },
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
