import type { ComponentPropsWithoutRef } from 'react';
import { buttonClassName } from '../primitives/buttonClassName.js';
import { cn } from '../lib/cn.js';

/** Props of `GridMessage`. */
export interface GridMessageProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  kind: 'empty' | 'no-results' | 'error';
  title: string;
  body: string;
  /** A button under the text (Clear filters, Try again). */
  action?: { label: string; onClick: () => void };
}

/** The grid's empty, no-results and error states: a title, a sentence and at most one action. */
export function GridMessage({ kind, title, body, action, className, ...props }: GridMessageProps) {
  return (
    <div
      data-slot="grid-message"
      data-kind={kind}
      role={kind === 'error' ? 'alert' : undefined}
      className={cn(
        'ik:flex ik:flex-col ik:items-center ik:gap-2 ik:rounded-kit ik:border ik:border-dashed ik:border-border ik:px-6 ik:py-10 ik:text-center',
        className,
      )}
      {...props}
    >
      <p className={cn('ik:font-semibold', kind === 'error' && 'ik:text-danger')}>{title}</p>
      <p className="ik:max-w-prose ik:text-fg-muted">{body}</p>
      {action ? (
        <button type="button" onClick={action.onClick} className={cn(buttonClassName('secondary'), 'ik:mt-2')}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}
