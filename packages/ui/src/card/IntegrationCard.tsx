import type { Connection } from '@integrations-kit/client';
import { memo, type ComponentPropsWithoutRef } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { ConnectionStatusBadge } from './ConnectionStatusBadge.js';
import { getConnectionStatus, type ConnectionStatus } from '../connection/getConnectionStatus.js';
import { getDisplayName } from '../connection/getDisplayName.js';
import { getUnifiedApiLabel } from '../connection/getUnifiedApiLabel.js';
import { IntegrationIcon } from './IntegrationIcon.js';

/** Props of `IntegrationCard`. */
export interface IntegrationCardProps extends Omit<ComponentPropsWithoutRef<'button'>, 'onSelect' | 'children'> {
  connection: Connection;
  /** Called when the card is activated (click, Enter, Space); typically opens the connection dialog. */
  onSelect?: (connection: Connection) => void;
  /** A status already derived (the grid derives it once for filtering); derived here when omitted. */
  status?: ConnectionStatus;
}

/**
 * A connection as a card: icon, name, unified API, tag line and status. A real `<button>`,
 * so it is reachable and operable by keyboard. Its accessible name is its visible text, in reading
 * order ("{name} {unified API} {tag line} {status}"), so speech users can say what they see
 * (WCAG 2.5.3 label in name).
 *
 * @example <IntegrationCard connection={connection} onSelect={openDialog} />
 */
export const IntegrationCard = memo(function IntegrationCard({
  connection,
  onSelect,
  status,
  className,
  onClick,
  ...props
}: IntegrationCardProps) {
  const messages = useMessages();
  const resolved = status ?? getConnectionStatus(connection);
  const name = getDisplayName(connection);
  const api = connection.unified_api ? getUnifiedApiLabel(connection.unified_api, messages.unifiedApis) : undefined;
  return (
    <button
      type="button"
      data-slot="integration-card"
      data-status={resolved}
      data-connection-id={connection.id}
      aria-haspopup="dialog"
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) onSelect?.(connection);
      }}
      className={cn(
        'ik:flex ik:h-full ik:w-full ik:min-w-0 ik:flex-col ik:items-stretch ik:gap-3 ik:rounded-kit ik:border ik:border-border ik:bg-surface ik:p-4 ik:text-start ik:text-fg ik:transition-colors',
        'ik:hover:border-accent ik:focus-visible:outline-2 ik:focus-visible:outline-offset-2 ik:focus-visible:outline-ring',
        'ik:data-[status=disabled]:bg-surface-muted',
        className,
      )}
      {...props}
    >
      {/* The {' '} text nodes keep the words of the name apart; a flex box does not render them. */}
      <span className="ik:flex ik:min-w-0 ik:items-center ik:gap-3">
        <IntegrationIcon name={name} src={connection.icon} />
        <span className="ik:flex ik:min-w-0 ik:flex-col">
          <span data-slot="integration-card-name" title={name} className="ik:truncate ik:font-semibold">
            {name}
          </span>{' '}
          {api ? <span className="ik:truncate ik:text-xs ik:text-fg-muted">{api}</span> : null}
        </span>
      </span>{' '}
      {connection.tag_line ? (
        <span className="ik:line-clamp-2 ik:wrap-anywhere ik:text-fg-muted">{connection.tag_line}</span>
      ) : null}{' '}
      <ConnectionStatusBadge status={resolved} className="ik:mt-auto ik:self-start" />
    </button>
  );
});
