import { useState, type ReactNode } from 'react';
import { ToastContext } from './ToastContext.js';
import { createToastStore } from './toastStore.js';

/**
 * Holds the toasts of everything below it; render a `Toaster` inside to show them.
 * `IntegrationsPage` includes both.
 */
export function ToastProvider({ children }: { children?: ReactNode }) {
  const [store] = useState(createToastStore);
  return <ToastContext.Provider value={store}>{children}</ToastContext.Provider>;
}
