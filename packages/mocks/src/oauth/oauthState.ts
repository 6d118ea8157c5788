import { decodeJson, encodeJson } from '../util/base64url.js';

/** What the mock's opaque OAuth `state` carries (Vault's real one is a signed JWT with the same job). */
export interface OAuthState {
  application_id: string;
  consumer_id: string;
  unified_api: string;
  service_id: string;
}

/** The `state` the mock puts in a connection's `authorize_url` and `revoke_url`. */
export function encodeOAuthState(state: OAuthState): string {
  return encodeJson(state);
}

/** Reads a mock OAuth `state`; `undefined` when it is not one. */
export function decodeOAuthState(value: string | null | undefined): OAuthState | undefined {
  const data = value ? decodeJson(value) : undefined;
  if (!data) return undefined;
  const { application_id, consumer_id, unified_api, service_id } = data;
  if ([application_id, consumer_id, unified_api, service_id].some((item) => typeof item !== 'string')) return undefined;
  return { application_id, consumer_id, unified_api, service_id } as OAuthState;
}

/** What the consent page hands to `/vault/callback` in its `state`: the flow's redirect and nonce. */
export interface CallbackState extends OAuthState {
  redirect_uri: string;
  nonce?: string;
}

/** The `state` the mock's consent page sends to `/vault/callback`. */
export function encodeCallbackState(state: CallbackState): string {
  return encodeJson(state);
}

/** Reads a callback `state`; `undefined` when it is not one. */
export function decodeCallbackState(value: string | null | undefined): CallbackState | undefined {
  const base = decodeOAuthState(value);
  const data = value ? decodeJson(value) : undefined;
  if (!base || !data || typeof data.redirect_uri !== 'string') return undefined;
  if (data.nonce !== undefined && typeof data.nonce !== 'string') return undefined;
  return { ...base, redirect_uri: data.redirect_uri, ...(typeof data.nonce === 'string' ? { nonce: data.nonce } : {}) };
}
