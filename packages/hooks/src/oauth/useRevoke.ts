'use client';
import { buildRevokeUrl, type Connection } from '@integrations-kit/client';
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { connectionRef } from '../connections/connectionRef.js';
import { writeConnection } from '../connections/writeConnection.js';
import { useVaultClient } from '../provider/useVaultClient.js';
import { toError } from '../errors/toError.js';
import { OAuthError } from './OAuthError.js';
import type { AuthorizeOutcome, AuthorizeStatus } from './popupFlow.js';
import { holdsGrant, readAfterClose } from './readAfterClose.js';
import { usePopupFlow } from './usePopupFlow.js';

const CALLBACK = { type: 'confirm', via: 'callback' } as const;

/** What `useRevoke` returns. */
export interface UseRevokeResult {
  /** Opens the provider's revoke page; call it directly in the click handler. */
  revoke: () => void;
  /** Stops waiting and closes the popup. */
  cancel: () => void;
  status: AuthorizeStatus;
  error: Error | null;
  /** `cancelled` when the popup closed without the revoke happening, or after `cancel()`. */
  outcome: AuthorizeOutcome | null;
  /** The connection after the revoke (`success` only), as the caches now hold it. */
  connection: Connection | null;
}

/** Options of `useRevoke`. */
export interface UseRevokeOptions {
  /** Your callback page; its origin is the only one trusted. */
  redirectUri: string;
  /** Called with the connection after a revoke, once per success. */
  onSuccess?: (connection: Connection) => void;
  /** Called with the error of a failed revoke. */
  onError?: (error: Error) => void;
}

/**
 * Revokes a connection's OAuth grant in a popup on its `revoke_url`, then reads the connection
 * again (it goes back to `added`) and updates the caches. A popup closed without the callback
 * counts only if that read finds the grant gone; otherwise the attempt ends as cancelled.
 *
 * @example const { revoke, status } = useRevoke(connection, { redirectUri: `${location.origin}/oauth/callback` });
 */
export function useRevoke(connection: Connection, options: UseRevokeOptions): UseRevokeResult {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  const { result, start, cancel } = usePopupFlow(options);
  const { redirectUri } = options;

  const revoke = useCallback(() => {
    const flow = start();
    const ref = connectionRef(connection);
    // The callback page's message means "the provider is done": the connection is read again.
    const onMessage = (error?: string, description?: string) => {
      if (error) return flow.send({ type: 'fail', error: new OAuthError(error, description) });
      if (!flow.accepts(CALLBACK)) return;
      flow.send(CALLBACK);
      client.connections.get(ref).then(
        (latest) => {
          writeConnection(queryClient, client, ref, latest);
          flow.send({ type: 'confirmed', via: 'callback', connection: latest });
        },
        (reason: unknown) => flow.send({ type: 'fail', via: 'callback', error: toError(reason) }),
      );
    };
    // A popup closed without a message (or severed by COOP, which reads as closed at once, hence
    // the grace period first) revoked only if the connection no longer holds its grant.
    const onClosed = readAfterClose(flow, { client, queryClient, ref }, (latest) => !holdsGrant(latest));
    try {
      flow.openPopup(buildRevokeUrl(connection, { redirectUri }), redirectUri, {
        onMessage: (message) => onMessage(message.error, message.error_description),
        onClosed,
      });
    } catch (error) {
      flow.send({ type: 'fail', error: toError(error) });
    }
  }, [start, client, queryClient, connection, redirectUri]);

  return { revoke, cancel, ...result };
}
