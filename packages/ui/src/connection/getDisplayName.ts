import type { Connection } from '@integrations-kit/client';

/** The name to show for a connection: its `name`, else its service id, else its id. */
export function getDisplayName(connection: Pick<Connection, 'name' | 'service_id' | 'id'>): string {
  for (const candidate of [connection.name, connection.service_id, connection.id]) {
    if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
  }
  return '';
}
