/** A session the playground's session server created with real keys. */
export interface RealSession {
  token: string;
  baseUrl: string;
  /** Where the session server's Connector API proxy listens (a path on this origin). */
  connectorBaseUrl?: string;
}

function isRealSession(value: unknown): value is RealSession {
  if (!value || typeof value !== 'object') return false;
  const { token, baseUrl, connectorBaseUrl } = value as Record<string, unknown>;
  return (
    typeof token === 'string' &&
    token.length > 0 &&
    typeof baseUrl === 'string' &&
    (connectorBaseUrl === undefined || typeof connectorBaseUrl === 'string')
  );
}

/**
 * Asks the session server (`pnpm dev:real`) for a Vault session token. Resolves `undefined` when
 * there is no such server (plain `pnpm dev`, a static build) or it has no keys, which means "use
 * the mock"; any other shape is treated the same way rather than trusted.
 */
export async function requestRealSession(): Promise<RealSession | undefined> {
  try {
    const response = await fetch('/api/session', { method: 'POST', signal: AbortSignal.timeout(10_000) });
    if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) return undefined;
    const body: unknown = await response.json();
    return isRealSession(body) ? body : undefined;
  } catch {
    return undefined;
  }
}
