import { buildAuthorizeUrl, type Connection, type VaultClient } from '@integrations-kit/client';
import type { QueryClient } from '@tanstack/react-query';
import { confirmConnection } from '../connections/confirmConnection.js';
import { connectionRef } from '../connections/connectionRef.js';
import { toError } from '../errors/toError.js';
import type { PopupFlow } from './createPopupFlow.js';
import { consumeNonce, createNonce } from './nonce.js';
import { OAuthError } from './OAuthError.js';
import type { OAuthCallbackMessage } from './oauthMessage.js';
import { holdsGrant, readAfterClose } from './readAfterClose.js';

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

  const onClosed = readAfterClose(flow, { client, queryClient, ref }, (latest) => becameAuthorized(connection, latest));

  flow.openPopup(url, redirectUri, { onMessage, onClosed }, { broadcast: true });
}

// A connection that was already callable counts only if the server touched it since.
function becameAuthorized(before: Connection, after: Connection): boolean {
  if (!holdsGrant(after)) return false;
  return !holdsGrant(before) || (after.updated_at ?? null) !== (before.updated_at ?? null);
}
