import { createContext } from 'react';
import { enMessages, type Messages } from './messages.js';

// English without a provider, so every part works on its own (stories, a host's own layout).
export const MessagesContext = createContext<Messages>(enMessages);
