import { buildAuthorizeUrl, type Connection, type VaultClient } from '@integrations-kit/client';
import type { QueryClient } from '@tanstack/react-query';
import { confirmConnection } from '../connections/confirmConnection.js';
import { connectionRef } from '../connections/connectionRef.js';
import { writeConnection } from '../connections/writeConnection.js';
import { toError } from '../errors/toError.js';
import type { PopupFlow } from './createPopupFlow.js';
import { consumeNonce, createNonce } from './nonce.js';
import { OAuthError } from './OAuthError.js';
import type { OAuthCallbackMessage } from './oauthMessage.js';

export interface PopupFlowContext {
  client: VaultClient;
  queryClient: QueryClient;
  connection: Connection;
  redirectUri: string;
  scope?: string | undefined;
}

const CALLBACK = { type: 'confirm', via: 'callback' } as const;

/**
 * Opens the consent popup of `flow` (synchronously: call it inside the click) and finishes the
 * connection from the callback message (posted by the popup, or broadcast on this origin when its
 * opener was severed), or, when the popup stays closed without one, from a fresh read.
 * Throws `UnsafeUrlError` when the connection's `authorize_url` is not safe to open.
 */
export function authorizeInPopup(flow: PopupFlow, ctx: PopupFlowContext): void {
  const { client, queryClient, connection, redirectUri } = ctx;
  const nonce = createNonce();
  const ref = connectionRef(connection);
  const url = buildAuthorizeUrl(connection, { redirectUri, nonce, scope: ctx.scope });

  const onMessage = (message: OAuthCallbackMessage) => {
    if (message.nonce !== nonce) return;
    if (message.service_id && message.service_id !== ref.serviceId) return;
    if (!flow.accepts(CALLBACK) || !consumeNonce(nonce)) return;
    if (message.error)
      return flow.send({ type: 'fail', error: new OAuthError(message.error, message.error_description) });
    if (!message.confirm_token) return flow.send({ type: 'fail', error: new OAuthError('invalid_callback') });
    flow.send(CALLBACK);
    confirmConnection(client, queryClient, { ...ref, confirmToken: message.confirm_token }).then(
      (confirmed) => flow.send({ type: 'confirmed', via: 'callback', connection: confirmed }),
      (error: unknown) => flow.send({ type: 'fail', via: 'callback', error: toError(error) }),
    );
  };

  // No message after the grace period (the callback page was not ours, the user closed the
  // window, or COOP severed it): ask the server. The listeners stay on until the answer, in case
  // the message was merely late.
  const onClosed = () => {
    if (!flow.accepts({ type: 'check' })) return;
    flow.send({ type: 'check' });
    const reading = flow.state;
    client.connections.get(ref).then(
      (latest) => {
        if (flow.state !== reading) return;
        writeConnection(queryClient, client, ref, latest);
        flow.send(
          becameAuthorized(connection, latest)
            ? { type: 'confirmed', via: 'read', connection: latest }
            : { type: 'unconfirmed' },
        );
      },
      (error: unknown) => flow.send({ type: 'fail', via: 'read', error: toError(error) }),
    );
  };

  flow.openPopup(url, redirectUri, { onMessage, onClosed }, { broadcast: true });
}

const AUTHORIZED = new Set<unknown>(['authorized', 'callable']);

// A connection that was already callable counts only if the server touched it since.
function becameAuthorized(before: Connection, after: Connection): boolean {
  if (!AUTHORIZED.has(after.state)) return false;
  return !AUTHORIZED.has(before.state) || (after.updated_at ?? null) !== (before.updated_at ?? null);
}
