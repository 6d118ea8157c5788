import type { ReactNode } from 'react';
import { ErrorBoundary } from '../primitives/ErrorBoundary.js';

interface CardErrorBoundaryProps {
  /** Shown instead of the card when rendering it threw. */
  fallback: ReactNode;
  /** A change (new data for this card) clears the error and tries again. */
  resetKey: unknown;
  children?: ReactNode;
}

/**
 * Keeps one malformed connection from taking the whole grid down: the card that throws shows
 * `fallback`, every other card renders as usual.
 */
export function CardErrorBoundary({ fallback, resetKey, children }: CardErrorBoundaryProps) {
  return (
    <ErrorBoundary fallback={() => fallback} resetKey={resetKey}>
      {children}
    </ErrorBoundary>
  );
}
