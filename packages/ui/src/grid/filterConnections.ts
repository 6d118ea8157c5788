import type { StatusGroup } from '../connection/statusVariants.js';
import { normalizeSearchText, type IndexedConnection } from './indexConnections.js';

/** The status filter: one group, or all. */
export type StatusFilter = 'all' | StatusGroup;

/** What the person chose in the grid's toolbar. */
export interface ConnectionFilters {
  query: string;
  /** A unified API id, or `null` for all. */
  category: string | null;
  status: StatusFilter;
}

/** The grid's view of its connections under the current filters. */
export interface FilteredConnections {
  results: IndexedConnection[];
  /** Per unified API: how many match the search and status filter (category ignored), in first-seen order. */
  categoryCounts: Map<string, number>;
  /** Per status group: how many match the search and category (status ignored). */
  statusCounts: Record<StatusFilter, number>;
}

/** The category filter's value for "All" in the toolbar (no unified API is named `*`). */
export const ALL_CATEGORIES = '*';

/** The filters that show everything. */
export const noFilters: ConnectionFilters = { query: '', category: null, status: 'all' };

/**
 * Applies search (every word must occur in the name or tag line), category and status to indexed
 * connections, and counts each facet the way its buttons need: a category's count answers "how
 * many would I see if I picked it", so it ignores the category filter but not the others.
 *
 * @example filterConnections(indexConnections(connections), { query: 'sales', category: 'crm', status: 'all' })
 */
export function filterConnections(
  items: readonly IndexedConnection[],
  filters: ConnectionFilters,
): FilteredConnections {
  const words = normalizeSearchText(filters.query).split(/\s+/).filter(Boolean);
  const results: IndexedConnection[] = [];
  const categoryCounts = new Map<string, number>();
  const statusCounts: Record<StatusFilter, number> = { all: 0, connected: 0, attention: 0, available: 0, disabled: 0 };

  for (const item of items) {
    if (!categoryCounts.has(item.category)) categoryCounts.set(item.category, 0);
    if (!words.every((word) => item.searchText.includes(word))) continue;
    const inCategory = filters.category === null || item.category === filters.category;
    const inStatus = filters.status === 'all' || item.group === filters.status;
    if (inStatus) categoryCounts.set(item.category, (categoryCounts.get(item.category) ?? 0) + 1);
    if (inCategory) {
      statusCounts.all += 1;
      statusCounts[item.group] += 1;
    }
    if (inCategory && inStatus) results.push(item);
  }
  return { results, categoryCounts, statusCounts };
}

/** Whether any filter narrows the list (so "Clear filters" has something to do). */
export function hasActiveFilters(filters: ConnectionFilters): boolean {
  return filters.query.trim() !== '' || filters.category !== null || filters.status !== 'all';
}
