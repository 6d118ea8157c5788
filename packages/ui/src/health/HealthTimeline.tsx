import type { Connection } from '@integrations-kit/client';
import type { ComponentPropsWithoutRef } from 'react';
import { getDisplayName } from '../connection/getDisplayName.js';
import type { HealthMessages } from '../i18n/healthMessages.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { buttonClassName } from '../primitives/buttonClassName.js';
import { Spinner } from '../primitives/Progress.js';
import { useNow } from '../primitives/useNow.js';
import { getHealthTimeline, type HealthEvent } from './getHealthTimeline.js';

/** Props of `HealthTimeline`. */
export interface HealthTimelineProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  connection: Connection;
  /** The time the history is told from (epoch ms); left out, the page clock (`useNow`), a minute at a time. */
  now?: number;
  /** Signs in again in place, keeping the settings (offered when the connection lost its access). */
  onReconnect?: () => void;
  reconnecting?: boolean;
  /** Checks the connection again (offered after the provider could not be reached). */
  onTest?: () => void;
  testing?: boolean;
}

function eventLine(event: HealthEvent, name: string, m: HealthMessages['events']): string {
  switch (event.kind) {
    case 'refresh-failed':
      return m.refreshFailed(event.when);
    case 'credentials-expire':
      return m.credentialsExpire(event.when);
    case 'credentials-deleted':
      return m.credentialsDeleted(event.when);
    case 'downstream-error':
      return m.downstreamError(name, event.when);
  }
}

/**
 * A connection's health in plain language: what it means now, a short history ("Token refresh
 * failed 2 hours ago", "Credentials will be deleted in 5 days") and the one action that fixes it
 * (Reconnect, or Test connection). Presentational: it calls no data hook.
 *
 * @example <HealthTimeline connection={connection} onReconnect={flow.authorize} />
 */
export function HealthTimeline(props: HealthTimelineProps) {
  const { connection, now, onReconnect, reconnecting = false, onTest, testing = false, className, ...rest } = props;
  const messages = useMessages();
  const m = messages.health;
  const name = getDisplayName(connection);
  const clock = useNow();
  const timeline = getHealthTimeline(connection, now ?? clock, messages.locale);
  const busy = reconnecting || testing;
  const fix =
    timeline.fix === 'reconnect' && onReconnect
      ? { onClick: onReconnect, label: m.reconnect, variant: 'primary' as const }
      : timeline.fix === 'test' && onTest
        ? { onClick: onTest, label: messages.dialog.actions.test, variant: 'secondary' as const }
        : null;

  return (
    <div
      data-slot="health-timeline"
      data-health={timeline.health}
      data-status={timeline.status}
      className={cn('ik:flex ik:flex-col ik:items-start ik:gap-3 ik:text-sm', className)}
      {...rest}
    >
      <p>{m.summary[timeline.health](name)}</p>
      {timeline.events.length > 0 ? (
        <ol className="ik:flex ik:flex-col ik:gap-1 ik:border-s-2 ik:border-border ik:ps-3 ik:text-fg-muted">
          {timeline.events.map((event) => (
            <li key={event.kind} data-kind={event.kind}>
              <time dateTime={new Date(event.at).toISOString()}>{eventLine(event, name, m.events)}</time>
            </li>
          ))}
        </ol>
      ) : null}
      {fix ? (
        <div className="ik:flex ik:flex-wrap ik:items-center ik:gap-3">
          <button
            type="button"
            className={buttonClassName(fix.variant)}
            // Not `disabled`: the button keeps focus while its action runs.
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
            onClick={busy ? undefined : fix.onClick}
          >
            {busy ? <Spinner /> : null}
            {fix.label}
          </button>
          {timeline.fix === 'reconnect' ? <p className="ik:text-fg-muted">{m.reconnectNote}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
