'use client';
import { buildAuthorizeUrl, type Connection } from '@integrations-kit/client';
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { connectionRef } from '../connections/connectionRef.js';
import { useConnectionToken } from '../connections/useConnectionToken.js';
import { useVaultClient } from '../provider/useVaultClient.js';
import { authorizeInPopup } from './authorizeInPopup.js';
import { toError } from '../errors/toError.js';
import { createNonce } from './nonce.js';
import type { AuthorizeOutcome, AuthorizeStatus } from './popupFlow.js';
import { savePendingRedirect } from './redirectStorage.js';
import { usePopupFlow } from './usePopupFlow.js';

/** Options of `useAuthorize`. */
export interface UseAuthorizeOptions {
  /** Your callback page (it calls `handleOAuthCallback()`); its origin is the only one trusted. */
  redirectUri: string;
  /** OAuth scopes to request. */
  scope?: string | readonly string[];
  /** How `redirect()` leaves the page; defaults to `window.location.assign` (e.g. pass `window.top`'s in an iframe). */
  navigate?: (url: string) => void;
  /** Called with the connected connection, once per success (the caches already hold it). */
  onSuccess?: (connection: Connection) => void;
  /** Called with the error of a failed attempt. */
  onError?: (error: Error) => void;
}

/** What `useAuthorize` returns. */
export interface UseAuthorizeResult {
  /** Starts the consent; call it directly in the click handler (the popup opens synchronously). */
  authorize: () => void;
  /** Stops waiting and closes the popup; status goes back to `idle` with outcome `cancelled`. */
  cancel: () => void;
  /** Continues the consent in this tab (after `blocked`); finish with `useOAuthRedirectResult()`. */
  redirect: () => void;
  status: AuthorizeStatus;
  /** Why the flow failed: an `OAuthError` (declined, provider error), an API or URL error. */
  error: Error | null;
  /** `cancelled` when the flow went back to `idle` without a connection. */
  outcome: AuthorizeOutcome | null;
  /** The connection the flow produced (`success` only), as the caches now hold it. */
  connection: Connection | null;
}

const TOKEN_GRANTS = new Set<unknown>(['client_credentials', 'password']);

/**
 * Connects an OAuth connection. `authorization_code` grants open the provider's consent in a popup
 * and finish through `handleOAuthCallback()` on `redirectUri`; `client_credentials` and `password`
 * grants fetch the token directly with the stored settings. The caches update on success.
 *
 * @example
 * const { authorize, status, redirect } = useAuthorize(connection, { redirectUri: `${location.origin}/oauth/callback` });
 * <button onClick={authorize}>Connect</button>
 * {status === 'blocked' && <button onClick={redirect}>Continue in this tab</button>}
 */
export function useAuthorize(connection: Connection, options: UseAuthorizeOptions): UseAuthorizeResult {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  const token = useConnectionToken();
  const { result, start, cancel } = usePopupFlow(options);
  const { redirectUri, navigate } = options;
  const scope = typeof options.scope === 'string' ? options.scope : options.scope?.join(' ');
  const requestToken = token.mutateAsync;

  const authorize = useCallback(() => {
    const flow = start();
    if (TOKEN_GRANTS.has(connection.oauth_grant_type)) {
      flow.send({ type: 'confirm', via: 'token' });
      requestToken(connectionRef(connection)).then(
        (connected) => flow.send({ type: 'confirmed', via: 'token', connection: connected }),
        (error: unknown) => flow.send({ type: 'fail', via: 'token', error: toError(error) }),
      );
      return;
    }
    try {
      authorizeInPopup(flow, { client, queryClient, connection, redirectUri, scope });
    } catch (error) {
      flow.send({ type: 'fail', error: toError(error) });
    }
  }, [start, client, queryClient, connection, redirectUri, scope, requestToken]);

  const redirect = useCallback(() => {
    const flow = start();
    const nonce = createNonce();
    let url: string;
    try {
      url = buildAuthorizeUrl(connection, { redirectUri, nonce, scope });
    } catch (error) {
      flow.send({ type: 'fail', error: toError(error) });
      return;
    }
    const { unifiedApi, serviceId } = connectionRef(connection);
    savePendingRedirect({ nonce, unifiedApi, serviceId, returnTo: window.location.href });
    // Waiting for the page to leave; `useOAuthRedirectResult()` finishes on the way back.
    flow.send({ type: 'opened' });
    (navigate ?? ((target: string) => window.location.assign(target)))(url);
  }, [start, connection, redirectUri, scope, navigate]);

  return { authorize, cancel, redirect, ...result };
}
