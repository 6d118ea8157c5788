import { describeError } from './describeError.js';
import type { Messages } from '../i18n/messages.js';

interface OAuthErrorLike {
  kind: 'oauth';
  code: string;
  description?: string | undefined;
}

// `kind` rather than `instanceof OAuthError`, like the client's errors: a duplicated copy still counts.
function isOAuthError(error: unknown): error is OAuthErrorLike {
  return error instanceof Error && (error as { kind?: unknown }).kind === 'oauth';
}

/**
 * What to tell the user when an authorize or revoke flow failed: a declined consent, the
 * provider's own error, or any API/network failure (through `describeError`).
 */
export function describeFlowError(error: unknown, name: string, messages: Messages): string {
  if (isOAuthError(error)) {
    if (error.code === 'access_denied') return messages.oauth.denied(name);
    // Our own codes: the callback did not match the sign-in started here.
    if (error.code === 'state_mismatch' || error.code === 'invalid_callback') return messages.oauth.incomplete(name);
    return messages.oauth.providerError(name, error.description || error.code);
  }
  return describeError(error, messages.dialog.errors).message;
}
