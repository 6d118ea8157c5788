import type { ComponentPropsWithoutRef } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import {
  getConnectionStatus,
  type ConnectionStatus,
  type ConnectionStatusInput,
} from '../connection/getConnectionStatus.js';
import { statusVariants, type StatusTone } from '../connection/statusVariants.js';

const toneClassName: Record<StatusTone, string> = {
  success: 'ik:bg-success/12 ik:text-success',
  warning: 'ik:bg-warning/12 ik:text-warning',
  danger: 'ik:bg-danger/12 ik:text-danger',
  neutral: 'ik:bg-surface-muted ik:text-fg-muted',
};

/** Props of `ConnectionStatusBadge`: a connection to derive the status from, or the status itself. */
export interface ConnectionStatusBadgeProps extends ComponentPropsWithoutRef<'span'> {
  connection?: ConnectionStatusInput | null;
  /** Wins over `connection` (for a status already derived with `getConnectionStatus`). */
  status?: ConnectionStatus;
}

/**
 * A connection's status as a short label in its tone (Connected, Input required, Invalid, …).
 *
 * @example <ConnectionStatusBadge connection={connection} />
 */
export function ConnectionStatusBadge({ connection, status, className, ...props }: ConnectionStatusBadgeProps) {
  const messages = useMessages();
  const resolved = status ?? getConnectionStatus(connection);
  const variant = statusVariants[resolved];
  return (
    <span
      data-slot="connection-status-badge"
      data-status={resolved}
      data-tone={variant.tone}
      className={cn(
        'ik:inline-flex ik:shrink-0 ik:items-center ik:gap-1.5 ik:rounded-full ik:px-2 ik:py-0.5 ik:text-xs ik:font-medium ik:whitespace-nowrap',
        toneClassName[variant.tone],
        className,
      )}
      {...props}
    >
      <span aria-hidden="true" className="ik:size-1.5 ik:rounded-full ik:bg-current" />
      {messages.status[variant.message]}
    </span>
  );
}
