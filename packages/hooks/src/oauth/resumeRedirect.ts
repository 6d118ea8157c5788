import type { Connection, VaultClient } from '@integrations-kit/client';
import type { QueryClient } from '@tanstack/react-query';
import { confirmConnection } from '../connections/confirmConnection.js';
import { toError } from '../errors/toError.js';
import { consumeNonce } from './nonce.js';
import { OAuthError } from './OAuthError.js';
import type { OAuthCallbackMessage } from './oauthMessage.js';
import { clearPendingRedirect, readPendingRedirect, type PendingRedirect } from './redirectStorage.js';

/** How a same-tab OAuth round trip ended. */
export interface RedirectOutcome {
  connection: Connection | null;
  error: Error | null;
  /** The page `redirect()` was called from, to send the user back to. */
  returnTo: string | null;
}

// One resume per fragment: StrictMode runs effects twice and a confirm token is single-use.
const resumes = new Map<string, Promise<RedirectOutcome>>();

/**
 * Finishes the same-tab flow from the fragment on the redirect URI: checks it against the nonce
 * `redirect()` stored (the state check), confirms, and removes the token from the URL and storage.
 */
export function resumeRedirect(
  hash: string,
  fragment: OAuthCallbackMessage,
  client: VaultClient,
  queryClient: QueryClient,
): Promise<RedirectOutcome> {
  let running = resumes.get(hash);
  if (!running) {
    running = resume(fragment, client, queryClient);
    resumes.set(hash, running);
  }
  return running;
}

async function resume(fragment: OAuthCallbackMessage, client: VaultClient, queryClient: QueryClient) {
  const pending = readPendingRedirect();
  clearPendingRedirect();
  try {
    return await settle(fragment, pending, client, queryClient);
  } finally {
    // Only now: the hook reads the fragment from the URL, so it must stay until the outcome is known.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
}

async function settle(
  fragment: OAuthCallbackMessage,
  pending: PendingRedirect | null,
  client: VaultClient,
  queryClient: QueryClient,
): Promise<RedirectOutcome> {
  const returnTo = pending?.returnTo ?? null;
  const fail = (error: unknown): RedirectOutcome => ({ connection: null, error: toError(error), returnTo });

  const matches =
    pending !== null &&
    fragment.nonce === pending.nonce &&
    (!fragment.service_id || fragment.service_id === pending.serviceId) &&
    consumeNonce(pending.nonce);
  if (!matches) return fail(new OAuthError('state_mismatch'));
  if (fragment.error) return fail(new OAuthError(fragment.error, fragment.error_description));
  if (!fragment.confirm_token) return fail(new OAuthError('invalid_callback'));
  try {
    const connection = await confirmConnection(client, queryClient, {
      unifiedApi: pending.unifiedApi,
      serviceId: pending.serviceId,
      confirmToken: fragment.confirm_token,
    });
    return { connection, error: null, returnTo };
  } catch (error) {
    return fail(error);
  }
}
