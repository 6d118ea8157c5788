import { decodeJson, encodeJson } from '../util/base64url.js';

/** What a mock confirm token says about itself (DESIGN: base64url JSON, single-use). */
export interface ConfirmTokenClaims {
  serviceId: string;
  unifiedApi: string;
  nonce: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

/** Vault's confirm tokens live 30 minutes after the callback. */
export const CONFIRM_TOKEN_TTL_SECONDS = 30 * 60;

/**
 * A self-describing confirm token: the consent page (in Node: the callback handler; in the
 * browser: `renderMockConsentPage`) mints it, and `POST …/confirm` verifies it without shared state.
 */
export function createConfirmToken(claims: Omit<ConfirmTokenClaims, 'exp'> & { exp?: number }): string {
  const exp = claims.exp ?? Math.floor(Date.now() / 1000) + CONFIRM_TOKEN_TTL_SECONDS;
  return encodeJson({ serviceId: claims.serviceId, unifiedApi: claims.unifiedApi, nonce: claims.nonce, exp });
}

/** The claims of a well-formed confirm token, else `undefined` (expiry is checked by the caller). */
export function readConfirmToken(token: string): ConfirmTokenClaims | undefined {
  const data = decodeJson(token);
  if (!data) return undefined;
  const { serviceId, unifiedApi, nonce, exp } = data;
  if (typeof serviceId !== 'string' || typeof unifiedApi !== 'string' || typeof nonce !== 'string') return undefined;
  if (typeof exp !== 'number') return undefined;
  return { serviceId, unifiedApi, nonce, exp };
}
