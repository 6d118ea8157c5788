import type { ComponentPropsWithoutRef } from 'react';
import { cn } from '../lib/cn.js';
import { formatNumber } from '../i18n/formatNumber.js';
import { useMessages } from '../i18n/useMessages.js';

/** One choice of a `FilterButtons` group. */
export interface FilterOption<Value extends string> {
  value: Value;
  label: string;
  count: number;
}

interface FilterButtonsProps<Value extends string> extends Omit<ComponentPropsWithoutRef<'div'>, 'onChange'> {
  label: string;
  options: ReadonlyArray<FilterOption<Value>>;
  value: Value;
  onChange: (value: Value) => void;
}

/**
 * A row of toggle buttons (`aria-pressed`) for one facet, each with its count. Buttons, not a
 * select, so every choice and its count is visible and one click away.
 */
export function FilterButtons<Value extends string>({
  label,
  options,
  value,
  onChange,
  className,
  ...props
}: FilterButtonsProps<Value>) {
  const { locale } = useMessages();
  return (
    <div
      role="group"
      aria-label={label}
      data-slot="filter-buttons"
      className={cn('ik:flex ik:flex-wrap ik:gap-1.5', className)}
      {...props}
    >
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
          className={cn(
            'ik:inline-flex ik:items-center ik:gap-1.5 ik:rounded-full ik:border ik:border-border ik:bg-surface ik:px-3 ik:py-1 ik:text-xs ik:font-medium ik:text-fg-muted ik:transition-colors',
            'ik:hover:bg-surface-muted ik:hover:text-fg ik:focus-visible:outline-2 ik:focus-visible:outline-offset-2 ik:focus-visible:outline-ring',
            'ik:aria-pressed:border-accent ik:aria-pressed:bg-accent ik:aria-pressed:text-accent-foreground',
          )}
        >
          {/* A real space: the accessible name reads "CRM 3", not "CRM3". */}
          {option.label}{' '}
          {/* Set apart by weight, not opacity: a faded count falls under 4.5:1 on the pressed accent. */}
          <span data-slot="filter-count" className="ik:font-normal ik:tabular-nums">
            {formatNumber(locale, option.count)}
          </span>
        </button>
      ))}
    </div>
  );
}
