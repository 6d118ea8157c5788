import { useCallback, useRef, useState } from 'react';
import { useFormMessages } from '../i18n/useFormMessages.js';

/**
 * Guards leaving a settings form with unsaved changes behind a "Discard changes?" question.
 * Pass `onDirtyChange` to the form, call `requestClose(close)` where the host would close, and
 * render a confirmation with `promptProps` (it fits the kit's `ConfirmDialog`).
 *
 * @example
 * const guard = useDiscardChangesGuard();
 * <ConnectionSettingsForm {...ref} onDirtyChange={guard.onDirtyChange} />
 * <Dialog onOpenChange={(open) => !open && guard.requestClose(close)} />
 * <ConfirmDialog {...guard.promptProps} />
 */
export function useDiscardChangesGuard() {
  const messages = useFormMessages();
  const [dirty, setDirty] = useState(false);
  const [pendingClose, setPendingClose] = useState<(() => void) | null>(null);
  const dirtyRef = useRef(false);

  const onDirtyChange = useCallback((next: boolean) => {
    dirtyRef.current = next;
    setDirty(next);
  }, []);

  const requestClose = useCallback((close: () => void) => {
    if (!dirtyRef.current) close();
    else setPendingClose(() => close);
  }, []);

  const confirm = useCallback(() => {
    const close = pendingClose;
    setPendingClose(null);
    dirtyRef.current = false;
    setDirty(false);
    close?.();
  }, [pendingClose]);

  return {
    /** Whether the guarded form has unsaved changes. */
    dirty,
    onDirtyChange,
    requestClose,
    /** Props of the confirmation: open while a close waits for an answer. */
    promptProps: {
      open: pendingClose !== null,
      onOpenChange: (open: boolean) => {
        if (!open) setPendingClose(null);
      },
      title: messages.discardTitle,
      description: messages.discardDescription,
      confirmLabel: messages.discardConfirm,
      cancelLabel: messages.discardCancel,
      onConfirm: confirm,
    },
  };
}
