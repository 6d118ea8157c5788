import { useFormMessages } from '../../i18n/useFormMessages.js';

interface RevealToggleProps {
  controls: string;
  label: string;
  pressed: boolean;
  onPressedChange: (pressed: boolean) => void;
  disabled?: boolean;
}

/** The show/hide button of a masked field; a toggle button, so its name stays and `aria-pressed` flips. */
export function RevealToggle({ controls, label, pressed, onPressedChange, disabled }: RevealToggleProps) {
  const messages = useFormMessages();
  return (
    <button
      type="button"
      data-slot="reveal-toggle"
      aria-controls={controls}
      aria-pressed={pressed}
      aria-label={messages.revealSecretLabel(label)}
      disabled={disabled}
      onClick={() => onPressedChange(!pressed)}
      className="ik:shrink-0 ik:rounded-control ik:border ik:border-border ik:px-2 ik:py-1 ik:text-sm ik:text-fg-muted ik:aria-pressed:text-fg"
    >
      {messages.revealSecret}
    </button>
  );
}
