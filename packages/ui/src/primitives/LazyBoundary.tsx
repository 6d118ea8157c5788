import { Suspense, type ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { buttonClassName } from './buttonClassName.js';
import { ErrorBoundary } from './ErrorBoundary.js';

/** Props of `LazyBoundary`. */
export interface LazyBoundaryProps {
  /** Shown while the part's code loads. */
  loading?: ReactNode;
  /** Makes the part's code load again (a `retryableLazy`'s `retry`); called by Try again. */
  retry: () => void;
  children: ReactNode;
}

/**
 * Where a lazily loaded part renders: its chunk failing to load or the part throwing shows a
 * one-line alert with Try again in its place, and the rest of the page keeps working.
 */
export function LazyBoundary({ loading = null, retry, children }: LazyBoundaryProps) {
  const m = useMessages().dialog;
  return (
    <ErrorBoundary
      fallback={(reset) => (
        <div
          role="alert"
          data-slot="lazy-boundary-alert"
          className="ik:flex ik:flex-wrap ik:items-center ik:justify-between ik:gap-3 ik:rounded-control ik:border ik:border-danger ik:bg-danger/8 ik:p-3 ik:text-sm"
        >
          <p className="ik:text-danger">{m.partFailed}</p>
          <button
            type="button"
            className={buttonClassName('secondary')}
            onClick={() => {
              retry();
              reset();
            }}
          >
            {m.retry}
          </button>
        </div>
      )}
    >
      <Suspense fallback={loading}>{children}</Suspense>
    </ErrorBoundary>
  );
}
