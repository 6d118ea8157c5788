import { useEffect, useRef, type ReactNode } from 'react';
import type { ComboboxItem, ComboboxState } from './useCombobox.js';
import { useFormMessages } from '../../i18n/useFormMessages.js';

interface ComboboxListboxProps {
  /** The control's id; the list is `{id}-listbox`, labelled by the field label `{id}-label`. */
  id: string;
  combobox: ComboboxState;
  isSelected: (item: ComboboxItem) => boolean;
  multiple?: boolean;
}

const optionClassName =
  'ik:cursor-pointer ik:px-3 ik:py-1.5 ik:data-active:bg-accent ik:data-active:text-accent-foreground ik:aria-selected:font-semibold';

/** The popup list of a combobox (rendered while open); options are grouped when they came from option groups. */
export function ComboboxListbox({ id, combobox, isSelected, multiple }: ComboboxListboxProps) {
  const messages = useFormMessages();
  const { items, activeIndex, hiddenCount, optionId, pick: onPick, open } = combobox;
  const activeOption = useRef<HTMLDivElement | null>(null);
  // The list scrolls (max-h-64), so the option the arrows reached is brought on screen. jsdom has
  // no scrollIntoView, and a host's own jsdom tests of a form must not throw on ArrowDown.
  useEffect(() => {
    activeOption.current?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, open]);
  if (!open) return null;

  function renderOption(item: ComboboxItem, index: number) {
    return (
      <div
        key={item.key}
        id={optionId(item)}
        role="option"
        aria-selected={isSelected(item)}
        data-active={index === activeIndex || undefined}
        ref={index === activeIndex ? activeOption : undefined}
        // Keeps focus in the input so the pick does not first blur (and reset) it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onPick(item)}
        className={optionClassName}
      >
        {item.custom ? messages.addCustomValue(item.label) : item.label}
      </div>
    );
  }

  const rows: ReactNode[] = [];
  let index = 0;
  while (index < items.length) {
    const item = items[index];
    if (!item) break;
    if (item.group === undefined || item.custom) {
      rows.push(renderOption(item, index));
      index += 1;
      continue;
    }
    const start = index;
    const members: ReactNode[] = [];
    while (items[index]?.group === item.group && !items[index]?.custom) {
      members.push(renderOption(items[index] as ComboboxItem, index));
      index += 1;
    }
    const groupLabelId = `${id}-group-${start}`;
    rows.push(
      <div key={groupLabelId} role="group" aria-labelledby={groupLabelId}>
        <div id={groupLabelId} role="presentation" className="ik:px-3 ik:py-1 ik:text-xs ik:text-fg-muted">
          {item.group}
        </div>
        {members}
      </div>,
    );
  }

  return (
    <div
      data-slot="combobox-popup"
      className="ik:absolute ik:z-10 ik:mt-1 ik:w-full ik:rounded-control ik:border ik:border-border ik:bg-surface ik:shadow-md"
    >
      {/* The listbox itself scrolls: a combobox's popup needs no focusable content of its own (focus
          stays in the input), and the count of options left out stays in view below it. */}
      <div
        id={`${id}-listbox`}
        role="listbox"
        className="ik:max-h-64 ik:overflow-auto"
        aria-labelledby={`${id}-label`}
        aria-multiselectable={multiple || undefined}
      >
        {rows}
      </div>
      {items.length === 0 && <p className="ik:px-3 ik:py-1.5 ik:text-fg-muted">{messages.noMatches}</p>}
      {hiddenCount > 0 && (
        <p className="ik:px-3 ik:py-1.5 ik:text-xs ik:text-fg-muted">{messages.moreOptions(hiddenCount)}</p>
      )}
    </div>
  );
}
