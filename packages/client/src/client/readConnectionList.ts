import type { Connection } from '../types.js';
import { isRecord } from './data.js';
import { normalizeConnection } from './normalizeConnection.js';

/**
 * The connections of a list answer, checked once here so nothing downstream meets a `null`: an
 * entry that is not an object is dropped, and a second entry for the same connection
 * (`unified_api` and `service_id`) is skipped, keeping the first; each with a console warning.
 * An object with wrongly typed fields is kept: the card shows it as broken, which tells more.
 */
export function readConnectionList(entries: readonly unknown[]): Connection[] {
  const connections: Connection[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const entry of entries) {
    if (!isRecord(entry)) {
      dropped += 1;
      continue;
    }
    const { unified_api: unifiedApi, service_id: serviceId } = entry;
    if (typeof unifiedApi === 'string' && typeof serviceId === 'string') {
      const key = `${unifiedApi}/${serviceId}`;
      if (seen.has(key)) {
        console.warn(`[integrations-kit] Skipped a second entry for ${key} in the connections list; kept the first.`);
        continue;
      }
      seen.add(key);
    }
    connections.push(normalizeConnection(entry as Connection));
  }
  if (dropped > 0) {
    console.warn(`[integrations-kit] Dropped ${dropped} connection list entries that are not objects.`);
  }
  return connections;
}
