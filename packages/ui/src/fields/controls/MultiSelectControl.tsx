import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { SettingValue } from '@integrations-kit/client';
import { flattenOptions, sameValue } from '../fieldOptions.js';
import type { ControlProps } from './ControlProps.js';
import { ComboboxInput } from './ComboboxInput.js';
import { ComboboxListbox } from './ComboboxListbox.js';
import { ComboboxStatus } from './ComboboxStatus.js';
import { useCombobox } from './useCombobox.js';
import { useFormMessages } from '../../i18n/useFormMessages.js';

function toArray(value: SettingValue | undefined): Array<string | number> {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null || value === '' || typeof value === 'boolean') return [];
  return [value];
}

/**
 * Several choices as removable chips plus a combobox to add more. Backspace in the empty input
 * removes the last chip; Backspace or Delete on a chip's remove button removes that chip.
 */
export function MultiSelectControl(props: ControlProps) {
  const { id, field, value, onChange, inputRef, disabled, options } = props;
  const messages = useFormMessages();
  const entries = useMemo(() => flattenOptions(options), [options]);
  const chosen = toArray(value);
  const inputElement = useRef<HTMLElement | null>(null);
  const chipButtons = useRef<Array<HTMLButtonElement | null>>([]);
  const focusAfterRemove = useRef<number | null>(null);
  const available = entries.filter((entry) => !chosen.some((item) => sameValue(item, entry.value)));
  const labelOf = (item: string | number) =>
    entries.find((entry) => sameValue(entry.value, item))?.label ?? String(item);

  const combobox = useCombobox({
    id,
    entries: available,
    allowCustomValues: field.allowCustomValues,
    displayText: '',
    multiple: true,
    onPick: (picked) => {
      if (typeof picked === 'string' || typeof picked === 'number') onChange([...chosen, picked]);
    },
  });

  function remove(index: number) {
    focusAfterRemove.current = index;
    onChange(chosen.filter((_, position) => position !== index));
  }

  // After a chip goes, focus moves to the chip that took its place, or back to the input.
  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    (chipButtons.current[Math.min(index, chosen.length - 1)] ?? inputElement.current)?.focus();
  });

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Backspace' && (combobox.query ?? '') === '' && chosen.length > 0) {
      event.preventDefault();
      onChange(chosen.slice(0, -1));
      return;
    }
    combobox.inputProps.onKeyDown(event);
  }

  return (
    <div data-slot="multi-select" className="ik:relative ik:flex ik:flex-col ik:gap-2">
      {chosen.length > 0 && (
        <ul aria-label={messages.selectedValues(field.label)} className="ik:flex ik:flex-wrap ik:gap-1">
          {chosen.map((item, index) => (
            <li
              key={`${String(item)}-${index}`}
              data-slot="chip"
              className="ik:flex ik:items-center ik:gap-1 ik:rounded-full ik:border ik:border-border ik:px-2 ik:text-sm"
            >
              <span>{labelOf(item)}</span>
              <button
                type="button"
                ref={(element) => {
                  chipButtons.current[index] = element;
                }}
                aria-label={messages.removeValue(labelOf(item))}
                disabled={disabled}
                onClick={() => remove(index)}
                onKeyDown={(event) => {
                  if (event.key === 'Backspace' || event.key === 'Delete') {
                    event.preventDefault();
                    remove(index);
                  }
                }}
                className="ik:text-fg-muted"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ComboboxInput
        {...props}
        inputRef={(element) => {
          inputElement.current = element;
          inputRef?.(element);
        }}
        combobox={combobox}
        onKeyDown={onInputKeyDown}
      />
      <ComboboxListbox id={id} combobox={combobox} isSelected={() => false} multiple />
      <ComboboxStatus combobox={combobox} />
    </div>
  );
}
