import type { Connection } from '@integrations-kit/client';

/**
 * `next` over `prev`, ignoring fields `next` does not carry, so a partial answer (or an
 * optimistic patch) never wipes what the cache already knows, such as `settings` or `form_fields`.
 */
export function mergeConnection(prev: Connection | undefined, next: Partial<Connection>): Connection {
  const merged: Record<string, unknown> = { ...prev };
  for (const [key, value] of Object.entries(next)) {
    if (value !== undefined) merged[key] = value;
  }
  return merged as Connection;
}
