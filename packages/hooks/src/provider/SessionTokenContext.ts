'use client';
import { createContext } from 'react';

/**
 * The provider's current session token ('' for none, for a ready `client` and outside a provider).
 * Only the token travels: `useSession` decodes it, so an app that never asks for the session's
 * display settings ships no decoder.
 */
export const SessionTokenContext = createContext<string>('');
