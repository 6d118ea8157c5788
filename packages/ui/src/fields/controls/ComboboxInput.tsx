import type { KeyboardEvent } from 'react';
import { inputClassName, type ControlProps } from './ControlProps.js';
import type { ComboboxState } from './useCombobox.js';
import { useFormMessages } from '../../i18n/useFormMessages.js';

interface ComboboxInputProps extends Pick<
  ControlProps,
  'id' | 'field' | 'disabled' | 'placeholder' | 'aria' | 'onBlur' | 'inputRef'
> {
  combobox: ComboboxState;
  /** Replaces the combobox's own key handling (multi-select handles Backspace first). */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** The text input of a combobox, wired to `useCombobox` and to the field's ARIA. */
export function ComboboxInput({
  id,
  field,
  disabled,
  placeholder,
  aria,
  onBlur,
  inputRef,
  combobox,
  onKeyDown,
}: ComboboxInputProps) {
  const messages = useFormMessages();
  return (
    <input
      id={id}
      ref={inputRef}
      name={field.id}
      type="text"
      autoComplete="off"
      disabled={disabled}
      placeholder={placeholder ?? messages.searchPlaceholder}
      className={inputClassName}
      {...aria}
      {...combobox.inputProps}
      onKeyDown={onKeyDown ?? combobox.inputProps.onKeyDown}
      onBlur={() => {
        combobox.inputProps.onBlur();
        onBlur();
      }}
    />
  );
}
