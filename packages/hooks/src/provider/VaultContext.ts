'use client';
import type { VaultClient } from '@integrations-kit/client';
import { createContext } from 'react';

/** The session-aware client the provider hands to every hook. */
export const VaultContext = createContext<VaultClient | null>(null);
