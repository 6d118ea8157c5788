import * as Dialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode, type RefObject } from 'react';
import { buttonClassName } from './buttonClassName.js';
import { DialogLayer } from './DialogLayer.js';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Shown on the confirm button while the action runs; the dialog stays open meanwhile. */
  pendingLabel?: string;
  pending?: boolean;
  /** Runs in the click itself, so it may open a popup. The caller closes the dialog. */
  onConfirm: () => void;
  tone?: 'danger' | 'primary';
  /** Where focus goes on close when the dialog has no trigger of its own (opened from a menu). */
  returnFocusRef?: RefObject<HTMLElement | null>;
  /** A trigger element (rendered as is); without it the dialog is opened by `open`. */
  trigger?: ReactNode;
}

/**
 * A modal yes/no question before a destructive or far-reaching action.
 *
 * Radix Dialog with the alert dialog's semantics (what `@radix-ui/react-alert-dialog` adds, for
 * 2 kB less): `role="alertdialog"`, focus starts on Cancel, and a click outside does not dismiss.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange, title, description, pending = false, returnFocusRef } = props;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const stay = (event: Event) => event.preventDefault();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      {props.trigger ? <Dialog.Trigger asChild>{props.trigger}</Dialog.Trigger> : null}
      <DialogLayer
        top
        role="alertdialog"
        data-slot="confirm-dialog"
        className="ik:w-[min(--spacing(112),calc(100vw-(--spacing(8))))]"
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          cancelRef.current?.focus();
        }}
        onPointerDownOutside={stay}
        onInteractOutside={stay}
        onCloseAutoFocus={(event) => {
          if (!returnFocusRef?.current) return;
          event.preventDefault();
          returnFocusRef.current.focus();
        }}
      >
        <Dialog.Title className="ik:text-base ik:font-semibold ik:wrap-anywhere">{title}</Dialog.Title>
        <Dialog.Description className="ik:mt-2 ik:text-sm ik:text-fg-muted ik:wrap-anywhere">
          {description}
        </Dialog.Description>
        <div className="ik:mt-5 ik:flex ik:flex-wrap ik:justify-end ik:gap-2">
          <Dialog.Close ref={cancelRef} className={buttonClassName('secondary')}>
            {props.cancelLabel}
          </Dialog.Close>
          <button
            type="button"
            className={buttonClassName(props.tone ?? 'danger')}
            disabled={pending}
            aria-busy={pending || undefined}
            // The caller decides when to close (after a request, or at once for a popup flow).
            onClick={() => {
              if (!pending) props.onConfirm();
            }}
          >
            {pending && props.pendingLabel ? props.pendingLabel : props.confirmLabel}
          </button>
        </div>
      </DialogLayer>
    </Dialog.Root>
  );
}
