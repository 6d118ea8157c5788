/** What `redirect()` remembers across the same-tab round trip. */
export interface PendingRedirect {
  nonce: string;
  serviceId: string;
  unifiedApi: string;
  /** The page to come back to once the connection is confirmed. */
  returnTo: string;
}

const KEY = 'integrations-kit:oauth-redirect';

export function savePendingRedirect(pending: PendingRedirect): void {
  window.sessionStorage.setItem(KEY, JSON.stringify(pending));
}

export function readPendingRedirect(): PendingRedirect | null {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null');
    return isPendingRedirect(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function clearPendingRedirect(): void {
  window.sessionStorage.removeItem(KEY);
}

function isPendingRedirect(value: unknown): value is PendingRedirect {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['nonce', 'serviceId', 'unifiedApi', 'returnTo'].every((key) => typeof record[key] === 'string');
}
