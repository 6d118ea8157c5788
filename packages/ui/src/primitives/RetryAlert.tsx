import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { buttonClassName } from './buttonClassName.js';
import { Spinner } from './Progress.js';

/** Props of `RetryAlert`. */
export interface RetryAlertProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'role'> {
  /** What failed, and why. */
  children: ReactNode;
  /** Runs again what failed; left out when running again cannot help, and then there is no button. */
  onRetry?: () => void;
  /** The retry is running: the alert stays, its button keeps focus and ignores presses. */
  busy?: boolean;
  /** What the button says while `busy`, after a spinner; "Try again" when left out. */
  busyLabel?: string;
}

/**
 * What failed, announced as an alert, with Try again beside it. While the retry runs (`busy`) the
 * alert stays and its button keeps focus, aria-disabled and aria-busy; a press meanwhile does nothing.
 * Pair it with `useHeldError` or `useQueryRetry`, which keep the failure while the retry runs.
 *
 * @example <RetryAlert busy={list.retrying} onRetry={() => void query.refetch()}>{reason}</RetryAlert>
 */
export function RetryAlert({ children, onRetry, busy = false, busyLabel, className, ...props }: RetryAlertProps) {
  const label = useMessages().retry;
  const working = busy && busyLabel !== undefined;
  return (
    <div
      role="alert"
      data-slot="retry-alert"
      className={cn('ik:flex ik:flex-wrap ik:items-center ik:gap-2 ik:text-sm ik:text-danger', className)}
      {...props}
    >
      <span>{children}</span>
      {onRetry ? (
        <button
          type="button"
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
          className={buttonClassName('secondary')}
          onClick={busy ? undefined : onRetry}
        >
          {working ? <Spinner /> : null}
          {working ? busyLabel : label}
        </button>
      ) : null}
    </div>
  );
}
