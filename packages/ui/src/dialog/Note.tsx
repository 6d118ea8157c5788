import type { ReactNode } from 'react';

/** A muted note across the dialog with an action beside it (disabled connection, settings to finish). */
export function Note({ text, children }: { text: string; children: ReactNode }) {
  return (
    <div className="ik:flex ik:flex-wrap ik:items-center ik:justify-between ik:gap-3 ik:self-stretch ik:rounded-control ik:bg-surface-muted ik:p-3 ik:text-sm">
      <p>{text}</p>
      {children}
    </div>
  );
}
