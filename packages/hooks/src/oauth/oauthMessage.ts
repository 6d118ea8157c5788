/** `type` of the message the callback page posts to the opener. */
export const OAUTH_MESSAGE_TYPE = 'integrations-kit:oauth';

/**
 * What the OAuth callback page found in its URL fragment and posts to the opener.
 * On Allow: `nonce`, `confirm_token`, `service_id`; on Deny: `nonce`, `error`, `error_description`;
 * after a revoke: nothing but `type`.
 */
export interface OAuthCallbackMessage {
  type: typeof OAUTH_MESSAGE_TYPE;
  nonce?: string;
  confirm_token?: string;
  service_id?: string;
  error?: string;
  error_description?: string;
}

const FIELDS = ['nonce', 'confirm_token', 'service_id', 'error', 'error_description'] as const;

/** Reads the callback fields from a URL fragment (`#nonce=…&confirm_token=…`), ignoring anything else. */
export function parseOAuthFragment(hash: string): OAuthCallbackMessage {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const message: OAuthCallbackMessage = { type: OAUTH_MESSAGE_TYPE };
  for (const field of FIELDS) {
    const value = params.get(field);
    if (value) message[field] = value;
  }
  return message;
}

/** Whether the fragment carried an OAuth outcome (a nonce or an error). */
export function hasOAuthOutcome(message: OAuthCallbackMessage): boolean {
  return Boolean(message.nonce || message.error);
}

/** Narrows a `postMessage` payload (untrusted) to the callback message shape. */
export function isOAuthMessage(data: unknown): data is OAuthCallbackMessage {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return (
    record.type === OAUTH_MESSAGE_TYPE &&
    FIELDS.every((field) => record[field] === undefined || typeof record[field] === 'string')
  );
}
