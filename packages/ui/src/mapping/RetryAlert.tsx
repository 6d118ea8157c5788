import type { ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { buttonClassName } from '../primitives/buttonClassName.js';

/** What failed, announced as an alert, with Try again beside it. */
export function RetryAlert({ children, onRetry }: { children: ReactNode; onRetry: () => void }) {
  const m = useMessages().mapping;
  return (
    <div role="alert" className="ik:flex ik:flex-wrap ik:items-center ik:gap-2 ik:text-sm ik:text-danger">
      {children}
      <button type="button" className={buttonClassName('secondary')} onClick={onRetry}>
        {m.retry}
      </button>
    </div>
  );
}
