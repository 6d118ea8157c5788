import type { Connection } from '@integrations-kit/client';
import { getConnectionStatus, type ConnectionStatus } from '../connection/getConnectionStatus.js';
import { getDisplayName } from '../connection/getDisplayName.js';
import { statusVariants, type StatusGroup } from '../connection/statusVariants.js';

/** A connection with what filtering needs worked out once, not on every keystroke. */
export interface IndexedConnection {
  connection: Connection;
  /** Stable React key (the connection id, else `{unified_api}+{service_id}`). */
  key: string;
  status: ConnectionStatus;
  group: StatusGroup;
  /** The unified API, `''` when missing. */
  category: string;
  /** Name and tag line, lower-cased without accents. */
  searchText: string;
}

/** Limits which connections the grid shows at all. */
export interface ConnectionScope {
  /** Only these unified APIs (omitted or empty: all). */
  unifiedApis?: readonly string[];
  /** Only this service (e.g. `salesforce`), in whichever unified APIs it appears. */
  serviceId?: string;
}

// Most names and tag lines are printable ASCII, which has no accents to strip: a tenth of the
// time of the full path, for every connection when the grid first renders.
const PRINTABLE_ASCII = /^[ -~]*$/;

/** Lower-cases and strips accents so "quickbooks" finds "QuickBooks" and "zurich" finds "Zürich". */
export function normalizeSearchText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Scopes, indexes and sorts connections by name, then unified API, then service, so the order
 * never depends on the API's order or on status changes (a card does not jump when connected).
 * Entries that are not objects are dropped; odd fields never throw here.
 */
export function indexConnections(connections: readonly Connection[], scope: ConnectionScope = {}): IndexedConnection[] {
  const apis = scope.unifiedApis?.length ? new Set(scope.unifiedApis) : undefined;
  const indexed: Array<IndexedConnection & { name: string }> = [];
  for (const connection of connections) {
    if (!connection || typeof connection !== 'object' || Array.isArray(connection)) continue;
    const category = text(connection.unified_api);
    if (apis && !apis.has(category)) continue;
    if (scope.serviceId && connection.service_id !== scope.serviceId) continue;
    const status = getConnectionStatus(connection);
    const name = getDisplayName(connection);
    indexed.push({
      connection,
      key: text(connection.id) || `${category}+${text(connection.service_id)}`,
      status,
      group: statusVariants[status].group,
      category,
      searchText: normalizeSearchText(`${name} ${text(connection.tag_line)}`),
      name,
    });
  }
  indexed.sort(
    (a, b) =>
      collator.compare(a.name, b.name) || collator.compare(a.category, b.category) || collator.compare(a.key, b.key),
  );
  return indexed.map(({ name: _name, ...item }) => item);
}
