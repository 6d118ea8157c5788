'use client';
import { decodeSessionSettings, type SessionSettings } from '@integrations-kit/client';
import { useContext, useMemo } from 'react';
import { SessionTokenContext } from './SessionTokenContext.js';

/**
 * The display settings (`settings`, `theme`, `consumer_metadata`) of the `VaultProvider`'s session
 * token, read from the token itself (no request) and validated claim by claim. Follows the token:
 * a new `token` prop or a refresh through `getToken` re-reads it. Empty for a provider given a
 * ready `client` (its token is not visible) and outside a provider.
 *
 * @example const { settings } = useSession(); if (settings.sandbox_mode) showBanner();
 */
export function useSession(): SessionSettings {
  const token = useContext(SessionTokenContext);
  return useMemo(() => decodeSessionSettings(token), [token]);
}
