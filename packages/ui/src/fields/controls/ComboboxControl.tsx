import type { OptionEntry } from '../fieldOptions.js';
import { sameValue } from '../fieldOptions.js';
import type { ControlProps } from './ControlProps.js';
import { ComboboxInput } from './ComboboxInput.js';
import { ComboboxListbox } from './ComboboxListbox.js';
import { ComboboxStatus } from './ComboboxStatus.js';
import { useCombobox } from './useCombobox.js';

/** A single-choice searchable combobox; with `allow_custom_values` the typed text can be added. */
export function ComboboxControl(props: ControlProps & { entries: OptionEntry[] }) {
  const { id, field, value, onChange, entries } = props;
  const selected = entries.find((entry) => sameValue(entry.value, value));
  const displayText = selected?.label ?? (value === undefined || value === null ? '' : String(value));
  const combobox = useCombobox({
    id,
    entries,
    allowCustomValues: field.allowCustomValues,
    displayText,
    onPick: onChange,
    // Emptying the text and leaving clears the choice; other edits without a pick are dropped.
    onCommitText: (text) => {
      if (text !== null && text.trim() === '' && displayText !== '') onChange('');
    },
  });

  return (
    <div data-slot="combobox" className="ik:relative">
      <ComboboxInput {...props} combobox={combobox} />
      <ComboboxListbox id={id} combobox={combobox} isSelected={(item) => sameValue(item.value, value)} />
      <ComboboxStatus combobox={combobox} />
    </div>
  );
}
