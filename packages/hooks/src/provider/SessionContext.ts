'use client';
import type { SessionSettings } from '@integrations-kit/client';
import { createContext } from 'react';

/** What a session without display claims (or outside a provider) reads as. */
export const noSessionSettings: SessionSettings = { settings: {}, theme: {}, consumer_metadata: {} };

/** The display settings of the provider's current session token. */
export const SessionContext = createContext<SessionSettings>(noSessionSettings);
