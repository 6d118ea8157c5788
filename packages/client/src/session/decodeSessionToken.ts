/** The claims of a Vault session token the kit reads. */
export interface SessionTokenClaims {
  application_id?: string;
  consumer_id?: string;
  /** Expiry, seconds since the epoch. */
  exp?: number;
}

/**
 * Reads the claims of a Vault session token (a JWT) without checking its signature.
 *
 * The browser cannot verify the signature (the secret stays with Apideck) and does not need to:
 * the claims only fill in headers the API checks against the token anyway. Returns `{}` for a
 * token that is not a readable JWT.
 *
 * @example decodeSessionToken(token).consumer_id // 'acme-user-1'
 */
export function decodeSessionToken(token: string): SessionTokenClaims {
  const payload = readTokenPayload(token);
  if (!payload) return {};
  const { application_id, consumer_id, exp } = payload;
  const claims: SessionTokenClaims = {};
  if (typeof application_id === 'string' && application_id) claims.application_id = application_id;
  if (typeof consumer_id === 'string' && consumer_id) claims.consumer_id = consumer_id;
  if (typeof exp === 'number' && Number.isFinite(exp)) claims.exp = exp;
  return claims;
}

/** The JSON object in a JWT's payload segment, or `undefined` when the token is not a readable JWT. */
export function readTokenPayload(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeBase64Url(payload));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  return parsed as Record<string, unknown>;
}

// `atob` decodes unpadded base64 (forgiving-base64), so only the URL alphabet needs mapping.
function decodeBase64Url(segment: string): string {
  const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
