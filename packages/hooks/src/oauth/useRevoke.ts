'use client';
import { buildRevokeUrl, type Connection } from '@integrations-kit/client';
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { connectionRef } from '../connections/connectionRef.js';
import { writeConnection } from '../connections/writeConnection.js';
import { useVaultClient } from '../provider/useVaultClient.js';
import { toError } from '../errors/toError.js';
import { OAuthError } from './OAuthError.js';
import type { AuthorizeStatus } from './popupFlow.js';
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
 * again (it goes back to `added`) and updates the caches.
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
    // The callback page's message and the popup closing both mean "the provider is done": either
    // is the revoke's callback, and the connection is read again.
    const finish = (error?: string, description?: string) => {
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
    try {
      flow.openPopup(buildRevokeUrl(connection, { redirectUri }), redirectUri, {
        onMessage: (message) => finish(message.error, message.error_description),
        onClosed: () => finish(),
      });
    } catch (error) {
      flow.send({ type: 'fail', error: toError(error) });
    }
  }, [start, client, queryClient, connection, redirectUri]);

  return { revoke, cancel, status: result.status, error: result.error, connection: result.connection };
}
