import type { LogRecord } from './RequestLog.js';

/** The members of `filter[…]` the mock applies (`connector_id` is not applied, as on the live API). */
export interface MockLogsFilter {
  path?: string;
  pathMatchMode: string;
  methods: string[];
  statusCodes: number[];
  startMs?: number;
  endMs?: number;
  excludedApis: string[];
}

/** Reads the deepObject `filter` of `GET /vault/logs`; a repeated member is a list. */
export function readLogsFilter(query: URLSearchParams): MockLogsFilter {
  const all = (member: string) => query.getAll(`filter[${member}]`);
  const one = (member: string) => query.get(`filter[${member}]`) ?? undefined;
  const time = (member: string) => {
    const value = one(member);
    return value === undefined ? undefined : Date.parse(value);
  };
  return {
    path: one('path'),
    pathMatchMode: one('path_match_mode') ?? 'CONTAINS',
    methods: [...all('http_method'), ...all('http_methods')].map((method) => method.toUpperCase()),
    statusCodes: [...all('status_code'), ...all('status_codes')].map(Number),
    startMs: time('start_date'),
    endMs: time('end_date'),
    excludedApis: (one('exclude_unified_apis') ?? '').split(',').filter(Boolean),
  };
}

const PATH_MATCH: Record<string, (path: string, wanted: string) => boolean> = {
  CONTAINS: (path, wanted) => path.includes(wanted),
  STARTS_WITH: (path, wanted) => path.startsWith(wanted),
  ENDS_WITH: (path, wanted) => path.endsWith(wanted),
  EXACT: (path, wanted) => path === wanted,
};

/** Whether a logged request passes the filter. */
export function matchesLogsFilter(log: LogRecord['log'], filter: MockLogsFilter): boolean {
  const at = Date.parse(log.timestamp);
  const pathMatches = PATH_MATCH[filter.pathMatchMode] ?? PATH_MATCH.CONTAINS;
  return (
    (filter.path === undefined || Boolean(pathMatches?.(log.path, filter.path))) &&
    (filter.methods.length === 0 || filter.methods.includes(log.http_method)) &&
    (filter.statusCodes.length === 0 || filter.statusCodes.includes(log.status_code)) &&
    (filter.startMs === undefined || at >= filter.startMs) &&
    (filter.endMs === undefined || at <= filter.endMs) &&
    !filter.excludedApis.includes(log.unified_api)
  );
}
