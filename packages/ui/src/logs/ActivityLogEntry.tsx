import type { LogEntry } from '@integrations-kit/client';
import type { ComponentPropsWithoutRef } from 'react';
import { formatNumber } from '../i18n/formatNumber.js';
import { formatDateTime } from '../i18n/formatTime.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';

/** Props of `ActivityLogEntry`. */
export interface ActivityLogEntryProps extends Omit<ComponentPropsWithoutRef<'li'>, 'children'> {
  entry: LogEntry;
}

const STATUS_CLASS = {
  failed: 'ik:text-danger',
  ok: 'ik:text-success',
} as const;

/**
 * One request of a connection's activity log: its status, method, path and time in a line that
 * expands (a native disclosure) to the method, path, status, latency, time and error message.
 * Presentational.
 */
export function ActivityLogEntry({ entry, className, ...props }: ActivityLogEntryProps) {
  const messages = useMessages();
  const m = messages.logs;
  const outcome = entry.success && entry.status_code < 400 ? 'ok' : 'failed';
  const { timestamp, latency } = entry;
  const time = timestamp === undefined ? messages.consent.unknownTime : formatDateTime(timestamp, messages.locale);
  const details = [
    [m.fields.method, entry.http_method],
    [m.fields.path, entry.path],
    [m.fields.status, String(entry.status_code)],
    [
      m.fields.latency,
      latency === undefined ? undefined : m.milliseconds(formatNumber(messages.locale, Math.round(latency))),
    ],
    [m.fields.time, time],
    [m.fields.error, entry.error_message || undefined],
  ].filter((detail): detail is [string, string] => detail[1] !== undefined);
  return (
    <li data-slot="activity-log-entry" data-status={outcome} className={cn('ik:text-sm', className)} {...props}>
      <details className="ik:group ik:rounded-control ik:border ik:border-border">
        <summary className="ik:flex ik:cursor-pointer ik:flex-wrap ik:items-baseline ik:gap-x-3 ik:gap-y-1 ik:p-2">
          <span className={cn('ik:font-semibold ik:tabular-nums', STATUS_CLASS[outcome])}>
            {entry.status_code}
            {outcome === 'failed' ? <span className="ik:sr-only"> {m.failed}</span> : null}
          </span>
          <span className="ik:font-mono">{entry.http_method}</span>
          <span className="ik:min-w-0 ik:flex-1 ik:truncate ik:font-mono">{entry.path}</span>
          {timestamp === undefined ? (
            <span className="ik:text-fg-muted">{time}</span>
          ) : (
            <time dateTime={new Date(timestamp).toISOString()} className="ik:text-fg-muted">
              {time}
            </time>
          )}
        </summary>
        <dl className="ik:grid ik:grid-cols-[auto_1fr] ik:gap-x-3 ik:gap-y-1 ik:border-t ik:border-border ik:p-2">
          {details.map(([term, value]) => (
            <div key={term} className="ik:contents">
              <dt className="ik:text-fg-muted">{term}</dt>
              <dd className="ik:break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </li>
  );
}
