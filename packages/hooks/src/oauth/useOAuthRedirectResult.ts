'use client';
import type { Connection } from '@integrations-kit/client';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useVaultClient } from '../provider/useVaultClient.js';
import { hasOAuthOutcome, parseOAuthFragment } from './oauthMessage.js';
import { resumeRedirect } from './resumeRedirect.js';

/** What `useOAuthRedirectResult` returns. */
export interface OAuthRedirectResult {
  /** `idle` when the URL carries no OAuth result. */
  status: 'idle' | 'pending' | 'success' | 'error';
  /** The confirmed connection on success. */
  connection: Connection | null;
  /** An `OAuthError` (declined, or a result that does not match the stored nonce) or an API error. */
  error: Error | null;
  /** The page the flow started from, to navigate back to. */
  returnTo: string | null;
}

const IDLE: OAuthRedirectResult = { status: 'idle', connection: null, error: null, returnTo: null };
const PENDING: OAuthRedirectResult = { ...IDLE, status: 'pending' };

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const readHash = () => window.location.hash;
// On the server there is no fragment; the client picks it up after hydration without a mismatch.
const readServerHash = () => '';

/**
 * Finishes the same-tab OAuth flow started by `useAuthorize().redirect()` when the browser comes
 * back to the redirect URI: verifies the nonce, confirms the connection, updates the caches and
 * removes the token from the URL. Mount it on the page at `redirectUri`.
 *
 * @example
 * const { status, returnTo } = useOAuthRedirectResult();
 * useEffect(() => { if (status === 'success' && returnTo) navigate(returnTo); }, [status, returnTo]);
 */
export function useOAuthRedirectResult(): OAuthRedirectResult {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  const hash = useSyncExternalStore(subscribe, readHash, readServerHash);
  const fragment = useMemo(() => parseOAuthFragment(hash), [hash]);
  const [result, setResult] = useState<OAuthRedirectResult | null>(null);

  useEffect(() => {
    if (!hasOAuthOutcome(fragment)) return;
    let active = true;
    resumeRedirect(hash, fragment, client, queryClient).then(({ connection, error, returnTo }) => {
      if (active) setResult({ status: error ? 'error' : 'success', connection, error, returnTo });
    });
    return () => {
      active = false;
    };
  }, [hash, fragment, client, queryClient]);

  if (result) return result;
  return hasOAuthOutcome(fragment) ? PENDING : IDLE;
}
