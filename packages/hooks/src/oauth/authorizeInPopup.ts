import { buildAuthorizeUrl, type Connection, type VaultClient } from '@integrations-kit/client';
import type { QueryClient } from '@tanstack/react-query';
import { confirmConnection } from '../connections/confirmConnection.js';
import { connectionRef } from '../connections/connectionRef.js';
import { writeConnection } from '../connections/writeConnection.js';
import { CANCELLED, failed, succeeded, type FlowState } from './flowState.js';
import { consumeNonce, createNonce } from './nonce.js';
import { OAuthError } from './OAuthError.js';
import { startPopupFlow } from './startPopupFlow.js';
import type { FlowHandle } from './useFlowState.js';

export interface PopupFlowContext {
  client: VaultClient;
  queryClient: QueryClient;
  connection: Connection;
  redirectUri: string;
  scope?: string | undefined;
}

/**
 * Opens the consent popup (synchronously: call it inside the click) and finishes the connection
 * from the callback message (posted by the popup, or broadcast on this origin when its opener was
 * severed), or, when the popup stays closed without one, from a fresh read.
 * Throws `UnsafeUrlError` when the connection's `authorize_url` is not safe to open.
 */
export function authorizeInPopup(ctx: PopupFlowContext, report: (state: FlowState) => void): FlowHandle | null {
  const { client, queryClient, connection, redirectUri } = ctx;
  const nonce = createNonce();
  const ref = connectionRef(connection);
  const url = buildAuthorizeUrl(connection, { redirectUri, nonce, scope: ctx.scope });

  return startPopupFlow(
    url,
    redirectUri,
    report,
    (flow) => ({
      onMessage: (message) => {
        if (flow.done || message.nonce !== nonce) return;
        if (message.service_id && message.service_id !== ref.serviceId) return;
        if (!consumeNonce(nonce)) return;
        flow.end(true);
        if (message.error) return report(failed(new OAuthError(message.error, message.error_description)));
        if (!message.confirm_token) return report(failed(new OAuthError('invalid_callback')));
        confirmConnection(client, queryClient, { ...ref, confirmToken: message.confirm_token }).then(
          (confirmed) => report(succeeded(confirmed)),
          (error: unknown) => report(failed(error)),
        );
      },
      // No message after the grace period (the callback page was not ours, the user closed the
      // window, or COOP severed it): ask the server. The listeners stay on until the answer, in case
      // the message was merely late.
      onClosed: () => {
        if (flow.done) return;
        client.connections.get(ref).then(
          (latest) => {
            if (flow.done) return;
            writeConnection(queryClient, client, ref, latest);
            if (becameAuthorized(connection, latest)) {
              flow.end();
              return report(succeeded(latest));
            }
            // Closed as far as this page can tell; a severed popup may still report, and is heard.
            flow.release();
            report(CANCELLED);
          },
          (error: unknown) => {
            if (flow.done) return;
            flow.end();
            report(failed(error));
          },
        );
      },
    }),
    { broadcast: true },
  );
}

const AUTHORIZED = new Set<unknown>(['authorized', 'callable']);

// A connection that was already callable counts only if the server touched it since.
function becameAuthorized(before: Connection, after: Connection): boolean {
  if (!AUTHORIZED.has(after.state)) return false;
  return !AUTHORIZED.has(before.state) || (after.updated_at ?? null) !== (before.updated_at ?? null);
}
