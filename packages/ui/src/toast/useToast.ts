import { useContext } from 'react';
import { ToastContext } from './ToastContext.js';
import type { ToastApi } from './toastStore.js';

// Parts used on their own (a ConnectionDialog without a page) still call toast(); with no
// provider above, nobody shows it, and the part's inline messages carry the outcome.
const noToasts: ToastApi = { toast: () => '', dismiss: () => {} };

/**
 * Shows a toast in the nearest `ToastProvider`'s `Toaster`.
 *
 * @example const { toast } = useToast(); toast({ title: messages.dialog.toasts.deleted(name), tone: 'success' });
 */
export function useToast(): ToastApi {
  return useContext(ToastContext) ?? noToasts;
}
