import type { ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { buttonClassName } from '../primitives/buttonClassName.js';

/**
 * What failed, announced as an alert, with Try again beside it. While the retry runs (`busy`) the
 * alert stays and its button keeps focus, aria-disabled and aria-busy; a press meanwhile does nothing.
 */
export function RetryAlert({
  children,
  onRetry,
  busy = false,
}: {
  children: ReactNode;
  onRetry: () => void;
  busy?: boolean;
}) {
  const m = useMessages().mapping;
  return (
    <div role="alert" className="ik:flex ik:flex-wrap ik:items-center ik:gap-2 ik:text-sm ik:text-danger">
      {children}
      <button
        type="button"
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        className={buttonClassName('secondary')}
        onClick={busy ? undefined : onRetry}
      >
        {m.retry}
      </button>
    </div>
  );
}
