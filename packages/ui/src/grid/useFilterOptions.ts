import { useMemo } from 'react';
import { getUnifiedApiLabel } from '../connection/getUnifiedApiLabel.js';
import { useMessages } from '../i18n/useMessages.js';
import type { FilterOption } from './FilterButtons.js';
import { ALL_CATEGORIES, type FilteredConnections, type StatusFilter } from './filterConnections.js';

const statusOrder = ['connected', 'attention', 'available', 'disabled'] as const;

/** The toolbar's category and status choices with their labels and counts. */
export function useFilterOptions({ categoryCounts, statusCounts }: FilteredConnections) {
  const messages = useMessages();
  return useMemo(() => {
    const byLabel = [...categoryCounts]
      .filter(([id]) => id !== '')
      .map(([id, count]) => ({ value: id, label: getUnifiedApiLabel(id, messages.unifiedApis), count }))
      .sort((a, b) => a.label.localeCompare(b.label));
    const total = [...categoryCounts.values()].reduce((sum, count) => sum + count, 0);
    const categories: FilterOption<string>[] = [
      { value: ALL_CATEGORIES, label: messages.grid.all, count: total },
      ...byLabel,
    ];
    const statuses: FilterOption<StatusFilter>[] = [
      { value: 'all', label: messages.grid.all, count: statusCounts.all },
      ...statusOrder.map((group) => ({
        value: group,
        label: messages.grid.statusFilters[group],
        count: statusCounts[group],
      })),
    ];
    return { categories, statuses };
  }, [categoryCounts, statusCounts, messages]);
}
