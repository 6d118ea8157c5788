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

// The contract sends `timestamp` as ISO 8601; the kit reads every time as epoch milliseconds.
function normalizeLogEntry(entry: Record<string, unknown>): LogEntry {
  return { ...(entry as unknown as LogEntry), timestamp: toEpochMs(entry.timestamp) ?? 0 };
}
