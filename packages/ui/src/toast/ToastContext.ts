import { createContext } from 'react';
import type { ToastStore } from './toastStore.js';

export const ToastContext = createContext<ToastStore | null>(null);
