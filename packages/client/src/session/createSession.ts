import { DEFAULT_BASE_URL, trimBaseUrl } from '../client/baseUrl.js';
import { dataObject, shapeError } from '../client/data.js';
import { createRequest } from '../client/request.js';
import type { Session } from '../types.js';

/**
 * The create-session body with every `settings` member optional.
 *
 * The contract marks most of `settings` required, but the API fills in defaults for what is left
 * out, and requiring all ten flags to hide one would be a trap.
 */
export type SessionInput = Omit<Session, 'settings'> & { settings?: Partial<NonNullable<Session['settings']>> };

/** Options of `createSession`. */
export interface CreateSessionOptions {
  /** Your Apideck API key. Server side only: never ship it to a browser. */
  apiKey: string;
  /** Your Unify application id. */
  appId: string;
  /** The id of your user (or account) the session is for. */
  consumerId: string;
  /** Consumer metadata, redirect URI, settings and theme of the session. */
  session?: SessionInput;
  /** Defaults to `https://unify.apideck.com`. */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
  /** Aborts the request. */
  signal?: AbortSignal;
}

/** A created Vault session. */
export interface CreatedSession {
  /** Hosted Vault URL for this session. */
  sessionUri: string;
  /** The JWT to hand to the browser for `createVaultClient({ token })`. */
  sessionToken: string;
}

/**
 * Creates a Vault session for one consumer (`POST /vault/sessions`) with your API key.
 * Run it on your server and pass only `sessionToken` to the browser.
 *
 * @example
 * const { sessionToken } = await createSession({ apiKey: process.env.APIDECK_API_KEY!, appId, consumerId: user.id });
 */
export async function createSession(options: CreateSessionOptions): Promise<CreatedSession> {
  const request = createRequest(trimBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL), options.fetch, () => ({
    Authorization: `Bearer ${options.apiKey}`,
    'x-apideck-app-id': options.appId,
    'x-apideck-consumer-id': options.consumerId,
  }));
  const received = await request(
    'POST',
    '/vault/sessions',
    { body: (options.session ?? {}) as Session },
    options.signal,
  );
  const data = dataObject(received);
  if (typeof data.session_uri !== 'string' || typeof data.session_token !== 'string') {
    throw shapeError(received, '"data.session_uri" and "data.session_token" to be strings');
  }
  return { sessionUri: data.session_uri, sessionToken: data.session_token };
}
