import { useState, type ClipboardEvent, type HTMLInputTypeAttribute } from 'react';
import type { FieldDefinition } from '../FieldDefinition.js';
import { inputClassName, type ControlProps } from './ControlProps.js';
import { RevealToggle } from './RevealToggle.js';
import { useFormMessages } from '../../i18n/useFormMessages.js';

// `number` is a text input with a decimal keypad: a native number input silently drops what it
// cannot parse, so the user would never see why a value vanished, and our message could not name it.
const inputTypes: Partial<Record<FieldDefinition['type'], HTMLInputTypeAttribute>> = {
  tel: 'tel',
  phone: 'tel',
  email: 'email',
  url: 'url',
  date: 'date',
  time: 'time',
  datetime: 'datetime-local',
};

const inputModes = { number: 'decimal', tel: 'tel', phone: 'tel', email: 'email', url: 'url' } as const;

const datetimeWithZone = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]\d{2}:?\d{2})$/;

/** Removes a prefix/suffix the user pasted along with the value, so it is not doubled. */
export function stripAdornments(text: string, prefix?: string, suffix?: string): string {
  let result = text.trim();
  if (prefix && result.startsWith(prefix)) result = result.slice(prefix.length);
  if (suffix && result.endsWith(suffix) && result.length > suffix.length) result = result.slice(0, -suffix.length);
  return result;
}

function toText(field: FieldDefinition, value: ControlProps['value']): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join(',') : String(value);
  // A datetime-local input cannot show a zone; showing the wall time beats showing nothing.
  return field.type === 'datetime' ? (datetimeWithZone.exec(text)?.[1] ?? text) : text;
}

/** Single-line inputs: text, password, tel, phone, email, url, number, date, time, datetime and location. */
export function TextControl(props: ControlProps) {
  const { id, field, value, onChange, onBlur, inputRef, disabled, placeholder, secretStored, aria } = props;
  const messages = useFormMessages();
  const [revealed, setRevealed] = useState(false);
  const text = toText(field, value);
  const masked = field.sensitive && !revealed;
  const type = field.sensitive ? (revealed ? 'text' : 'password') : (inputTypes[field.type] ?? 'text');
  const hint = secretStored && text === '' ? messages.secretPlaceholder : placeholder;
  const { prefix, suffix } = field;

  function handlePaste(event: ClipboardEvent<HTMLInputElement>) {
    if (!prefix && !suffix) return;
    const pasted = event.clipboardData.getData('text');
    const cleaned = stripAdornments(pasted, prefix, suffix);
    if (cleaned === pasted) return;
    event.preventDefault();
    const input = event.currentTarget;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    onChange(input.value.slice(0, start) + cleaned + input.value.slice(end));
  }

  const input = (
    <input
      id={id}
      ref={inputRef}
      name={field.id}
      type={type}
      inputMode={field.sensitive ? undefined : inputModes[field.type as keyof typeof inputModes]}
      value={text}
      placeholder={hint}
      disabled={disabled}
      autoComplete={field.sensitive ? 'new-password' : 'off'}
      spellCheck={field.type === 'text' ? undefined : false}
      data-masked={masked || undefined}
      onChange={(event) => onChange(event.target.value)}
      onPaste={handlePaste}
      onBlur={() => {
        const cleaned = stripAdornments(text, prefix, suffix);
        if (cleaned !== text && (prefix || suffix)) onChange(cleaned);
        onBlur();
      }}
      className={inputClassName}
      {...aria}
    />
  );

  if (!prefix && !suffix && !field.sensitive) return input;
  return (
    <div data-slot="input-group" className="ik:flex ik:items-center ik:gap-2">
      {prefix && (
        <span id={`${id}-prefix`} data-slot="prefix" className="ik:text-fg-muted">
          {prefix}
        </span>
      )}
      {input}
      {suffix && (
        <span id={`${id}-suffix`} data-slot="suffix" className="ik:text-fg-muted">
          {suffix}
        </span>
      )}
      {field.sensitive && (
        <RevealToggle
          controls={id}
          label={field.label}
          pressed={revealed}
          onPressedChange={setRevealed}
          disabled={disabled}
        />
      )}
    </div>
  );
}
