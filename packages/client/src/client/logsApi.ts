import type { LogEntry, VaultClient } from '../types.js';
import { dataArray, isRecord } from './data.js';
import type { Requester } from './request.js';
import { toEpochMs } from './toEpochMs.js';

/** `client.logs`: the consumer's request log (`logsAll`), newest first, cursor-paged. */
export function createLogsApi(request: Requester): VaultClient['logs'] {
  return {
    async list({ cursor, limit, filter } = {}, options) {
      // `path_match_mode` left out (null is not sent) is the API's default, CONTAINS.
      const query = { cursor, limit, filter: filter && { path_match_mode: null, ...filter } };
      const received = await request('GET', '/vault/logs', { query }, options?.signal);
      const data = dataArray(received).filter(isRecord).map(normalizeLogEntry);
      const meta = received.body?.meta;
      return { data, nextCursor: meta?.cursors?.next ?? null, ...(meta ? { meta } : {}) };
    },
  };
}

// The contract sends `timestamp` as ISO 8601; the kit reads every time as epoch milliseconds. The
// fields a log line renders keep only their contract type: an object there would reach React as a
// child, a latency that is no number would read "NaN ms", and a time no one can read stays unknown.
export function normalizeLogEntry(entry: Record<string, unknown>): LogEntry {
  return {
    ...(entry as unknown as LogEntry),
    timestamp: toEpochMs(entry.timestamp),
    http_method: textOrUndefined(entry.http_method),
    path: textOrUndefined(entry.path),
    latency: typeof entry.latency === 'number' && Number.isFinite(entry.latency) ? entry.latency : undefined,
    // `null` is the contract's "no error" and stays so.
    error_message: entry.error_message === null ? null : textOrUndefined(entry.error_message),
  };
}

function textOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
