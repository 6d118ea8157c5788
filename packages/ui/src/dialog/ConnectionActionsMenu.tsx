import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { RefObject } from 'react';
import { cn } from '../lib/cn.js';
import { useRootClassName } from '../lib/KitThemeContext.js';

/** One entry of the actions menu. */
export interface ActionsMenuItem {
  id: string;
  label: string;
  /** Runs inside the click/keypress, so it may open a popup. */
  onSelect: () => void;
  disabled?: boolean;
  tone?: 'danger';
}

/** Props of {@link ConnectionActionsMenu}. */
export interface ConnectionActionsMenuProps {
  /** Accessible name of the trigger, e.g. "Actions for Salesforce". */
  label: string;
  items: ActionsMenuItem[];
  triggerRef?: RefObject<HTMLButtonElement | null>;
}

const itemClassName =
  'ik:flex ik:cursor-pointer ik:select-none ik:items-center ik:rounded-control ik:px-3 ik:py-2 ' +
  'ik:text-sm ik:outline-none ik:data-highlighted:bg-surface-muted ik:data-disabled:opacity-50 ' +
  'ik:data-disabled:cursor-not-allowed ik:data-[tone=danger]:text-danger';

/** The "⋯" menu in the dialog header (Radix DropdownMenu: arrow keys, typeahead, Escape). */
export function ConnectionActionsMenu({ label, items, triggerRef }: ConnectionActionsMenuProps) {
  const root = useRootClassName();
  if (items.length === 0) return null;
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        ref={triggerRef}
        aria-label={label}
        data-slot="connection-actions-trigger"
        className={
          'ik:inline-flex ik:size-9 ik:items-center ik:justify-center ik:rounded-kit ik:text-fg ' +
          'ik:hover:bg-surface-muted ik:focus-visible:outline-2 ik:focus-visible:outline-ring'
        }
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" fill="currentColor">
          <circle cx="4" cy="10" r="1.75" />
          <circle cx="10" cy="10" r="1.75" />
          <circle cx="16" cy="10" r="1.75" />
        </svg>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          data-slot="connection-actions"
          align="end"
          sideOffset={4}
          className={cn(
            root,
            'ik:z-50 ik:min-w-44 ik:rounded-kit ik:border ik:border-border ik:bg-surface ik:p-1 ik:text-fg ik:shadow-lg',
          )}
        >
          {items.map((item) => (
            <DropdownMenu.Item
              key={item.id}
              data-action={item.id}
              data-tone={item.tone}
              disabled={item.disabled}
              onSelect={item.onSelect}
              className={itemClassName}
            >
              {item.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
