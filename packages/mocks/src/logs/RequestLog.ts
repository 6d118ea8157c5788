import type { LogEntry } from '@integrations-kit/client';

// The mock writes every field the contract requires; only the client treats them as optional.
type Log = Omit<LogEntry, 'timestamp' | 'http_method' | 'path' | 'error_message'> & {
  timestamp: string;
  http_method: string;
  path: string;
  error_message: string | null;
};

/** What the mock knows about one request it answered. */
export interface ServedRequest {
  consumerId: string;
  method: string;
  /** The route's path template, e.g. `/vault/connections/:unified_api/:service_id`. */
  route: string;
  url: URL;
  status: number;
  errorMessage: string | undefined;
  startedAt: number;
  durationMs: number;
}

/** A logged request with its place in the log (the cursor pages by it, so new entries never shift a page). */
export interface LogRecord {
  seq: number;
  log: Log;
}

/** The requests the mock answered, per consumer, newest first, in the contract's `Log` shape. */
export class RequestLog {
  private readonly byConsumer = new Map<string, LogRecord[]>();
  private seq = 0;

  record(served: ServedRequest): void {
    const records = this.byConsumer.get(served.consumerId) ?? [];
    this.seq += 1;
    records.unshift({ seq: this.seq, log: toLog(served) });
    this.byConsumer.set(served.consumerId, records);
  }

  /** The consumer's records, newest first. */
  list(consumerId: string): readonly LogRecord[] {
    return this.byConsumer.get(consumerId) ?? [];
  }

  clear(): void {
    this.byConsumer.clear();
  }
}

function toLog(served: ServedRequest): Log {
  const path = served.url.pathname;
  const success = served.status < 400;
  return {
    id: crypto.randomUUID(),
    api_style: 'REST',
    base_url: served.url.host,
    child_request: false,
    has_children: false,
    parent_id: null,
    consumer_id: served.consumerId,
    duration: served.durationMs,
    execution: served.durationMs,
    latency: 0,
    http_method: served.method,
    path,
    operation: { id: `${served.method} ${served.route}`, name: `${served.method} ${served.route}` },
    sandbox: false,
    service: { id: 'apideck-vault', name: 'Apideck Vault' },
    source_ip: null,
    status_code: served.status,
    success,
    error_message: success ? null : (served.errorMessage ?? null),
    timestamp: new Date(served.startedAt).toISOString(),
    unified_api: 'vault',
  };
}
