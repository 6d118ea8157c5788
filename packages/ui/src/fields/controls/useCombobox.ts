import { useMemo, useState, type KeyboardEvent } from 'react';
import type { SettingValue } from '@integrations-kit/client';
import type { OptionEntry } from '../fieldOptions.js';

/** At most this many options are in the DOM at once; typing narrows the rest down. */
export const VISIBLE_OPTION_LIMIT = 50;

/** One row of the popup list: an option, or the "add what I typed" row. */
export interface ComboboxItem extends OptionEntry {
  custom?: boolean;
}

interface UseComboboxOptions {
  id: string;
  entries: readonly OptionEntry[];
  allowCustomValues: boolean;
  /** Text the input shows while the user is not typing (the chosen option's label, or ''). */
  displayText: string;
  onPick: (value: SettingValue) => void;
  /** Multi-select keeps the list open and the input empty after a pick. */
  multiple?: boolean;
  /** Called when the input loses focus with its text edited; `null` means the text was not edited. */
  onCommitText?: (text: string | null) => void;
}

/** Whether the option's label contains the typed text, ignoring case. */
function matches(entry: OptionEntry, query: string): boolean {
  return entry.label.toLowerCase().includes(query.toLowerCase());
}

/**
 * State and keyboard handling of the ARIA 1.2 combobox pattern (editable, list autocomplete):
 * arrows move the active option, Enter picks it, Escape closes the list or drops the typed text.
 */
export function useCombobox({
  id,
  entries,
  allowCustomValues,
  displayText,
  onPick,
  multiple,
  onCommitText,
}: UseComboboxOptions) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(-1);

  const { items, hiddenCount } = useMemo(() => {
    const typed = query?.trim() ?? '';
    const found = typed === '' ? entries : entries.filter((entry) => matches(entry, typed));
    const shown: ComboboxItem[] = found.slice(0, VISIBLE_OPTION_LIMIT);
    const exact = entries.some((entry) => entry.label.toLowerCase() === typed.toLowerCase());
    if (allowCustomValues && typed !== '' && !exact) {
      shown.push({ key: 'custom', label: typed, value: typed, custom: true });
    }
    return { items: shown, hiddenCount: found.length - Math.min(found.length, VISIBLE_OPTION_LIMIT) };
  }, [entries, query, allowCustomValues]);

  const optionId = (item: ComboboxItem) => `${id}-option-${item.key}`;
  const active = open ? items[activeIndex] : undefined;

  function close() {
    setOpen(false);
    setActiveIndex(-1);
  }

  function pick(item: ComboboxItem) {
    onPick(item.value);
    setQuery(multiple ? '' : null);
    if (multiple) setActiveIndex(-1);
    else close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        setActiveIndex((index) => Math.min(index + 1, items.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        setActiveIndex((index) => (index <= 0 ? items.length - 1 : index - 1));
        break;
      case 'Enter':
        if (active) {
          event.preventDefault();
          pick(active);
        } else if (open && items.length === 1 && items[0]) {
          event.preventDefault();
          pick(items[0]);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        } else if (query !== null) {
          event.preventDefault();
          setQuery(null);
        }
        break;
    }
  }

  const inputProps = {
    role: 'combobox' as const,
    'aria-autocomplete': 'list' as const,
    'aria-expanded': open,
    'aria-controls': open ? `${id}-listbox` : undefined,
    'aria-activedescendant': active ? optionId(active) : undefined,
    value: query ?? displayText,
    onKeyDown,
    onChange: (event: { target: { value: string } }) => {
      setQuery(event.target.value);
      setOpen(true);
      setActiveIndex(-1);
    },
    onClick: () => setOpen((wasOpen) => !wasOpen),
    onBlur: () => {
      onCommitText?.(query);
      setQuery(null);
      close();
    },
  };

  return { open, items, hiddenCount, activeIndex, optionId, pick, inputProps, query };
}

/** What `useCombobox` returns. */
export type ComboboxState = ReturnType<typeof useCombobox>;
