import type { ConsentRecord } from '@integrations-kit/client';
import type { ComponentPropsWithoutRef } from 'react';
import { formatDateTime, formatRelativeTime } from '../i18n/formatTime.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { useNow } from '../primitives/useNow.js';

/** Props of `ConsentHistory`. */
export interface ConsentHistoryProps extends Omit<ComponentPropsWithoutRef<'ol'>, 'children'> {
  /** The decisions, newest first (as `useConsent` hands them out). */
  records: ConsentRecord[];
  /** Who decided: the session's consumer (the contract's records name no actor). */
  who: string;
  /** The time relative times are told from (epoch ms); left out, the page clock (`useNow`), a minute at a time. */
  now?: number;
}

/**
 * A connection's consent decisions, newest first: who granted or denied access, when (relative and
 * absolute, in the catalog's locale). Presentational.
 *
 * @example <ConsentHistory records={history} who={client.consumerId} />
 */
export function ConsentHistory({ records, who, now, className, ...props }: ConsentHistoryProps) {
  const messages = useMessages();
  const m = messages.consent;
  const clock = useNow();
  if (records.length === 0) return <p className="ik:text-sm ik:text-fg-muted">{m.noHistory}</p>;
  const from = now ?? clock;
  return (
    <ol data-slot="consent-history" className={cn('ik:flex ik:flex-col ik:gap-1 ik:text-sm', className)} {...props}>
      {records.map((record, index) => (
        <li key={record.id ?? index} data-granted={record.granted} className="ik:flex ik:flex-wrap ik:gap-x-2">
          <span className={record.granted ? 'ik:text-fg' : 'ik:text-danger'}>{m.entry(who, record.granted)}</span>
          {record.created_at === undefined ? (
            <span className="ik:text-fg-muted">{m.unknownTime}</span>
          ) : (
            <time dateTime={new Date(record.created_at).toISOString()} className="ik:text-fg-muted">
              {m.when(
                formatRelativeTime(record.created_at, from, messages.locale),
                formatDateTime(record.created_at, messages.locale),
              )}
            </time>
          )}
        </li>
      ))}
    </ol>
  );
}
