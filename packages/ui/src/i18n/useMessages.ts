import { useContext } from 'react';
import type { Messages } from './messages.js';
import { MessagesContext } from './MessagesContext.js';

/** The strings of the nearest `MessagesProvider`, English when there is none. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}
