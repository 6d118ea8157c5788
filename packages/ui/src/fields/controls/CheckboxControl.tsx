import type { ControlProps } from './ControlProps.js';

/** A boolean setting; `"true"` from the API counts as checked. */
export function CheckboxControl({ id, field, value, onChange, onBlur, inputRef, disabled, aria }: ControlProps) {
  return (
    <input
      id={id}
      ref={inputRef}
      name={field.id}
      type="checkbox"
      checked={value === true || value === 'true'}
      disabled={disabled}
      onChange={(event) => onChange(event.target.checked)}
      onBlur={onBlur}
      className="ik:size-4 ik:accent-accent"
      {...aria}
    />
  );
}
