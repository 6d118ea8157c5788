import { useOAuthRedirectResult } from '@integrations-kit/hooks';
import { OAuthCallback } from '@integrations-kit/ui';
import { useEffect } from 'react';
import { navigate } from '../routing/navigation.js';

/**
 * The callback route when the consent ran in this tab (popup blocked, "Continue in this tab"):
 * the hooks confirm the connection, then Acme goes back to where the user started.
 */
export function SameTabCallbackPage() {
  const { status, returnTo, error } = useOAuthRedirectResult();

  useEffect(() => {
    if (status !== 'success' || !returnTo) return;
    const target = new URL(returnTo, window.location.origin);
    // Only ever back into this app, whatever was stored.
    if (target.origin === window.location.origin) navigate(target.pathname + target.search, { replace: true });
  }, [status, returnTo]);

  return (
    <>
      <OAuthCallback />
      {error ? <p role="alert">{error.message}</p> : null}
    </>
  );
}
