import { useMessages } from './useMessages.js';
import type { FormMessages } from './formMessages.js';

/** The settings-form strings of the nearest `MessagesProvider` (English by default). */
export function useFormMessages(): FormMessages {
  return useMessages().form;
}
