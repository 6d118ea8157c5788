import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { SearchIcon } from '../lib/icons.js';
import { FilterButtons, type FilterOption } from './FilterButtons.js';
import type { StatusFilter } from './filterConnections.js';

/** Props of `GridToolbar`. */
export interface GridToolbarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onChange'> {
  query: string;
  onQueryChange: (query: string) => void;
  /** Category choices; the group is hidden when there is only one category. */
  categories: ReadonlyArray<FilterOption<string>>;
  category: string;
  onCategoryChange: (category: string) => void;
  statuses: ReadonlyArray<FilterOption<StatusFilter>>;
  status: StatusFilter;
  onStatusChange: (status: StatusFilter) => void;
}

/** The grid's search field and its category and status filters. The ref is the search input. */
export const GridToolbar = forwardRef<HTMLInputElement, GridToolbarProps>(function GridToolbar(
  {
    query,
    onQueryChange,
    categories,
    category,
    onCategoryChange,
    statuses,
    status,
    onStatusChange,
    className,
    ...props
  },
  searchRef,
) {
  const messages = useMessages();
  return (
    <div data-slot="grid-toolbar" className={cn('ik:flex ik:flex-col ik:gap-3', className)} {...props}>
      <label className="ik:relative ik:block">
        <span className="ik:sr-only">{messages.grid.searchLabel}</span>
        <SearchIcon className="ik:pointer-events-none ik:absolute ik:start-3 ik:top-1/2 ik:size-4 ik:-translate-y-1/2 ik:text-fg-muted" />
        <input
          ref={searchRef}
          type="search"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          placeholder={messages.grid.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          className="ik:w-full ik:rounded-control ik:border ik:border-border ik:bg-surface ik:py-2 ik:ps-9 ik:pe-3 ik:text-fg ik:focus-visible:outline-2 ik:focus-visible:outline-offset-1 ik:focus-visible:outline-ring"
        />
      </label>
      {categories.length > 2 ? (
        <FilterButtons
          label={messages.grid.categoryLabel}
          options={categories}
          value={category}
          onChange={onCategoryChange}
        />
      ) : null}
      <FilterButtons label={messages.grid.statusLabel} options={statuses} value={status} onChange={onStatusChange} />
    </div>
  );
});
