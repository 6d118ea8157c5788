import type { ComponentPropsWithoutRef } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';

/** The banner of a session in `sandbox_mode`: says, in words and not only colour, that this is a test environment. */
export function SandboxBanner({ className, ...props }: ComponentPropsWithoutRef<'p'>) {
  const m = useMessages().session;
  return (
    <p
      data-slot="sandbox-banner"
      className={cn(
        'ik:rounded-control ik:border ik:border-warning ik:bg-surface-muted ik:px-3 ik:py-2 ik:text-sm ik:text-fg',
        className,
      )}
      {...props}
    >
      <strong className="ik:font-semibold ik:text-warning">{m.sandbox}</strong> {m.sandboxNote}
    </p>
  );
}
