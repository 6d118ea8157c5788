import type { HTMLAttributes } from 'react';
import { describeError } from '../errors/describeError.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';

/** A form that is not ready to edit: loading, failed to load, or with nothing to edit. */
export type LoadStateValue =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'empty'; message: string };

/** The stand-in a settings form shows while it cannot be edited, announced to screen readers. */
export function LoadState({ state, className, ...rest }: HTMLAttributes<HTMLDivElement> & { state: LoadStateValue }) {
  const messages = useMessages();
  let text = messages.form.loading;
  if (state.status === 'error')
    text = messages.form.loadFailed(describeError(state.error, messages.dialog.errors).message);
  if (state.status === 'empty') text = state.message;
  return (
    <div
      role={state.status === 'error' ? 'alert' : 'status'}
      data-status={state.status}
      className={cn('ik:text-sm ik:text-fg-muted', className)}
      {...rest}
    >
      {text}
    </div>
  );
}
