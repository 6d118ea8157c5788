'use client';
import { buildRevokeUrl, type Connection } from '@integrations-kit/client';
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { connectionRef } from '../connections/connectionRef.js';
import { writeConnection } from '../connections/writeConnection.js';
import { useVaultClient } from '../provider/useVaultClient.js';
import { failed, succeeded, type AuthorizeStatus } from './flowState.js';
import { OAuthError } from './OAuthError.js';
import { startPopupFlow } from './startPopupFlow.js';
import { useFlowState } from './useFlowState.js';

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
  const { state, begin, cancel } = useFlowState(options);
  const { redirectUri } = options;

  const revoke = useCallback(() => {
    const { attempt, report } = begin();
    const ref = connectionRef(connection);
    try {
      attempt.handle = startPopupFlow(buildRevokeUrl(connection, { redirectUri }), redirectUri, report, (flow) => {
        // The callback page's message and the popup closing both mean "the provider is done".
        const finish = (error?: string, description?: string) => {
          if (flow.done) return;
          flow.end(true);
          if (error) return report(failed(new OAuthError(error, description)));
          client.connections.get(ref).then(
            (latest) => {
              writeConnection(queryClient, client, ref, latest);
              report(succeeded(latest));
            },
            (reason: unknown) => report(failed(reason)),
          );
        };
        return { onMessage: (message) => finish(message.error, message.error_description), onClosed: () => finish() };
      });
    } catch (error) {
      report(failed(error));
    }
  }, [begin, client, queryClient, connection, redirectUri]);

  return { revoke, cancel, status: state.status, error: state.error, connection: state.connection };
}
