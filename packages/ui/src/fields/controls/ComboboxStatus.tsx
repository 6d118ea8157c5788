import type { ComboboxState } from './useCombobox.js';
import { useFormMessages } from '../../i18n/useFormMessages.js';

/**
 * A polite live region that tells a screen reader how many options match the typed text. The
 * active option needs no announcement: the input's `aria-activedescendant` makes screen readers
 * read it. Rendered before any text is typed, so the first count is announced too; no `status`
 * role, so it is not mistaken for the form's own status messages.
 */
export function ComboboxStatus({ combobox }: { combobox: ComboboxState }) {
  const messages = useFormMessages();
  const typed = combobox.open && (combobox.query ?? '').trim() !== '';
  return (
    <div data-slot="combobox-status" aria-live="polite" aria-atomic="true" className="ik:sr-only">
      {typed ? messages.resultCount(combobox.matchCount) : ''}
    </div>
  );
}
