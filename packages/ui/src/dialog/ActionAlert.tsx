import { buttonClassName } from '../primitives/buttonClassName.js';
import type { ActionFailure } from './useConnectionActions.js';

/** An inline failure in the dialog: what failed, what to do, and "Try again" when it can help. */
export function ActionAlert({ failure, retryLabel }: { failure: ActionFailure; retryLabel: string }) {
  return (
    <div
      role="alert"
      data-slot="action-alert"
      className="ik:flex ik:flex-wrap ik:items-start ik:justify-between ik:gap-3 ik:rounded-control ik:border ik:border-danger ik:bg-danger/8 ik:p-3 ik:text-sm"
    >
      <div className="ik:flex ik:min-w-0 ik:flex-1 ik:flex-col ik:gap-1">
        <p className="ik:font-medium ik:text-danger">{failure.title}</p>
        <p className="ik:text-fg">{failure.message}</p>
      </div>
      {failure.retry ? (
        <button type="button" className={buttonClassName('secondary')} onClick={failure.retry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
