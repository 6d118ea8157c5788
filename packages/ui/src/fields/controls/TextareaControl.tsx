import { useState } from 'react';
import { inputClassName, type ControlProps } from './ControlProps.js';
import { RevealToggle } from './RevealToggle.js';
import { useFormMessages } from '../../i18n/useFormMessages.js';

/** Multi-line text; a sensitive one (a private key, say) is masked with CSS until revealed. */
export function TextareaControl(props: ControlProps) {
  const { id, field, value, onChange, onBlur, inputRef, disabled, placeholder, secretStored, aria } = props;
  const messages = useFormMessages();
  const [revealed, setRevealed] = useState(false);
  const text = value === undefined || value === null ? '' : String(value);
  const masked = field.sensitive && !revealed;
  const textarea = (
    <textarea
      id={id}
      ref={inputRef}
      name={field.id}
      rows={4}
      value={text}
      placeholder={secretStored && text === '' ? messages.secretPlaceholder : placeholder}
      disabled={disabled}
      autoComplete="off"
      spellCheck={field.sensitive ? false : undefined}
      data-masked={masked || undefined}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      className={`${inputClassName} ik:data-masked:[-webkit-text-security:disc]`}
      {...aria}
    />
  );
  if (!field.sensitive) return textarea;
  return (
    <div data-slot="input-group" className="ik:flex ik:items-start ik:gap-2">
      {textarea}
      <RevealToggle
        controls={id}
        label={field.label}
        pressed={revealed}
        onPressedChange={setRevealed}
        disabled={disabled}
      />
    </div>
  );
}
