import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** One entry of the actions menu. */
export interface ActionsMenuItem {
  id: string;
  label: string;
  /** Runs inside the click/keypress, so it may open a popup. */
  onSelect: () => void;
  disabled?: boolean;
  tone?: 'danger';
}

/** Props of {@link ActionsMenu}. */
export interface ActionsMenuProps {
  /** Accessible name of the trigger (and the menu), e.g. "Actions for Salesforce". */
  label: string;
  items: ActionsMenuItem[];
  triggerRef?: RefObject<HTMLButtonElement | null>;
}

const itemClassName =
  'ik:flex ik:w-full ik:cursor-pointer ik:select-none ik:items-center ik:rounded-control ik:px-3 ik:py-2 ' +
  'ik:text-start ik:text-sm ik:outline-none ik:hover:bg-surface-muted ik:focus:bg-surface-muted ' +
  'ik:disabled:cursor-not-allowed ik:disabled:opacity-50 ik:data-[tone=danger]:text-danger';

/**
 * The "⋯" menu button of the dialog header, after the WAI-ARIA menu button pattern: the list
 * opens under the trigger (plain CSS, in place, so it stays inside the dialog's focus trap);
 * arrows, Home and End move focus; Enter or Space choose (items are real buttons); Escape closes
 * the menu alone and returns focus to the trigger; Tab and a click outside close it.
 */
export function ActionsMenu({ label, items, triggerRef }: ActionsMenuProps) {
  const [open, setOpen] = useState<'first' | 'last' | false>(false);
  const ownRef = useRef<HTMLButtonElement>(null);
  const trigger = triggerRef ?? ownRef;
  const menuRef = useRef<HTMLDivElement>(null);
  const id = useId();

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };
  const enabledItems = () => [
    ...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)') ?? []),
  ];

  useEffect(() => {
    if (!open) return;
    const found = enabledItems();
    (open === 'last' ? found.at(-1) : found[0])?.focus();
    const inside = (target: EventTarget | null) =>
      target instanceof Node && (menuRef.current?.contains(target) || trigger.current?.contains(target));
    // Capture on window runs before the dialog's own Escape listener (capture on document), so
    // stopping it here closes the menu without closing the dialog around it.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      event.preventDefault();
      close(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target)) close(false);
    };
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
    // Runs per opening; `close` and the refs read the current trigger and menu.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Tab') {
      // Focus back on the trigger, then the browser's own Tab moves on from there.
      close(true);
      return;
    }
    const found = enabledItems();
    const at = found.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    found.at(next % found.length)?.focus();
  };

  if (items.length === 0) return null;
  return (
    <div className="ik:relative ik:shrink-0">
      <button
        ref={trigger}
        type="button"
        id={`${id}t`}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={Boolean(open)}
        aria-controls={open ? id : undefined}
        data-slot="connection-actions-trigger"
        data-state={open ? 'open' : 'closed'}
        className={
          'ik:inline-flex ik:size-9 ik:items-center ik:justify-center ik:rounded-kit ik:text-fg ' +
          'ik:hover:bg-surface-muted ik:focus-visible:outline-2 ik:focus-visible:outline-ring'
        }
        onClick={() => (open ? close(true) : setOpen('first'))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" className="ik:size-5" fill="currentColor">
          <circle cx="4" cy="10" r="1.75" />
          <circle cx="10" cy="10" r="1.75" />
          <circle cx="16" cy="10" r="1.75" />
        </svg>
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={id}
          role="menu"
          aria-labelledby={`${id}t`}
          data-slot="connection-actions"
          className={
            'ik:absolute ik:end-0 ik:top-full ik:z-50 ik:mt-1 ik:min-w-44 ik:rounded-kit ik:border ' +
            'ik:border-border ik:bg-surface ik:p-1 ik:text-fg ik:shadow-lg'
          }
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-action={item.id}
              data-tone={item.tone}
              disabled={item.disabled}
              className={itemClassName}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
