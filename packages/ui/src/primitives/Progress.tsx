import type { ReactNode } from 'react';

/** A small spinning ring; decorative (the text beside it says what is happening). */
export function Spinner() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" className="ik:size-4 ik:animate-spin">
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeOpacity="0.25" strokeWidth="2" />
      <path d="M14 8a6 6 0 0 0-6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** Work in progress, announced politely: the spinner, what is happening, and any control for it (Cancel). */
export function Progress({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="ik:flex ik:flex-wrap ik:items-center ik:gap-2 ik:text-sm ik:text-fg-muted">
      <Spinner />
      {children}
    </div>
  );
}
