import type { ComponentPropsWithoutRef, ComponentType, SVGProps } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { AlertIcon, CheckIcon, CloseIcon, InfoIcon } from '../lib/icons.js';
import type { ToastTone } from './toastStore.js';

const tones: Record<ToastTone, { icon: ComponentType<SVGProps<SVGSVGElement>>; className: string }> = {
  success: { icon: CheckIcon, className: 'ik:text-success' },
  danger: { icon: AlertIcon, className: 'ik:text-danger' },
  info: { icon: InfoIcon, className: 'ik:text-accent' },
};

/** Props of `Toast`. */
export interface ToastProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  title: string;
  description?: string;
  tone?: ToastTone;
  /** Shows the dismiss button when given. */
  onDismiss?: () => void;
}

/** One toast: a tone icon, a title, an optional description and a dismiss button. */
export function Toast({ title, description, tone = 'info', onDismiss, className, ...props }: ToastProps) {
  const messages = useMessages();
  const { icon: Icon, className: toneClassName } = tones[tone];
  return (
    <div
      data-slot="toast"
      data-tone={tone}
      className={cn(
        'ik:pointer-events-auto ik:flex ik:w-full ik:items-start ik:gap-3 ik:rounded-kit ik:border ik:border-border ik:bg-surface ik:p-3 ik:text-fg ik:shadow-lg',
        className,
      )}
      {...props}
    >
      <Icon className={cn('ik:mt-0.5 ik:size-4 ik:shrink-0', toneClassName)} />
      <div className="ik:flex ik:min-w-0 ik:flex-1 ik:flex-col ik:gap-0.5">
        <p className="ik:font-medium">{title}</p>
        {description ? <p className="ik:text-fg-muted">{description}</p> : null}
      </div>
      {onDismiss ? (
        <button
          type="button"
          aria-label={messages.toast.dismiss}
          title={messages.toast.dismiss}
          onClick={onDismiss}
          className="ik:-m-1 ik:shrink-0 ik:rounded-control ik:p-1 ik:text-fg-muted ik:hover:bg-surface-muted ik:hover:text-fg ik:focus-visible:outline-2 ik:focus-visible:outline-ring"
        >
          <CloseIcon className="ik:size-4" />
        </button>
      ) : null}
    </div>
  );
}
