import { useState } from 'react';
import { useFormMessages } from '../../i18n/useFormMessages.js';
import { inputClassName, type ControlProps } from './ControlProps.js';

type CopyOutcome = 'idle' | 'copied' | 'failed';

/**
 * The live API's `copy` field: a read-only value (a webhook URL, an account id) with a Copy
 * button. The input is `readOnly`, not disabled, so it stays focusable and selectable; the
 * outcome is announced politely, and a browser without clipboard access says to copy by hand.
 */
export function CopyControl({ id, field, value, inputRef, aria }: ControlProps) {
  const messages = useFormMessages();
  const [outcome, setOutcome] = useState<CopyOutcome>('idle');
  const text = value === undefined || value === null ? '' : String(value);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }

  const announcement = { idle: '', copied: messages.copied, failed: messages.copyFailed }[outcome];
  return (
    <div data-slot="input-group" className="ik:flex ik:flex-wrap ik:items-center ik:gap-2">
      <input
        id={id}
        ref={inputRef}
        name={field.id}
        type="text"
        readOnly
        value={text}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
        className={`${inputClassName} ik:flex-1 ik:font-mono ik:text-sm`}
        {...aria}
      />
      <button
        type="button"
        data-slot="copy-button"
        aria-label={messages.copyValueLabel(field.label)}
        disabled={text === ''}
        onClick={() => void copy()}
        className="ik:shrink-0 ik:rounded-control ik:border ik:border-border ik:px-2 ik:py-1 ik:text-sm ik:text-fg-muted"
      >
        {messages.copyValue}
      </button>
      <span
        role="status"
        data-slot="copy-status"
        data-outcome={outcome}
        className="ik:basis-full ik:text-sm ik:text-fg-muted"
      >
        {announcement}
      </span>
    </div>
  );
}
