import { useMemo } from 'react';
import { flattenOptions, sameValue, type OptionEntry } from '../fieldOptions.js';
import { inputClassName, type ControlProps } from './ControlProps.js';
import { ComboboxControl } from './ComboboxControl.js';
import { useFormMessages } from '../../i18n/useFormMessages.js';

/** Past this many options a native select becomes a searchable combobox. */
export const SEARCHABLE_OPTION_THRESHOLD = 20;

const currentKey = 'current';

/** `select` and `filtered-select`: a native select, or a searchable combobox for long lists and custom values. */
export function SelectControl(props: ControlProps) {
  const entries = useMemo(() => flattenOptions(props.options), [props.options]);
  if (props.field.allowCustomValues || entries.length > SEARCHABLE_OPTION_THRESHOLD) {
    return <ComboboxControl {...props} entries={entries} />;
  }
  return <NativeSelect {...props} entries={entries} />;
}

function NativeSelect({
  id,
  field,
  value,
  onChange,
  onBlur,
  inputRef,
  disabled,
  placeholder,
  aria,
  entries,
}: ControlProps & { entries: OptionEntry[] }) {
  const messages = useFormMessages();
  const selected = entries.find((entry) => sameValue(entry.value, value));
  // A stored value missing from the options stays visible instead of silently turning into "none".
  const orphan = !selected && value !== undefined && value !== null && value !== '' ? String(value) : undefined;

  const groups: Array<{ label?: string; entries: OptionEntry[] }> = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.label === entry.group) last.entries.push(entry);
    else groups.push({ label: entry.group, entries: [entry] });
  }
  const renderEntry = (entry: OptionEntry) => (
    <option key={entry.key} value={entry.key}>
      {entry.label}
    </option>
  );

  return (
    <select
      id={id}
      ref={inputRef}
      name={field.id}
      value={selected?.key ?? (orphan === undefined ? '' : currentKey)}
      disabled={disabled}
      onChange={(event) => {
        const key = event.target.value;
        if (key === currentKey) return;
        onChange(entries.find((entry) => entry.key === key)?.value ?? '');
      }}
      onBlur={onBlur}
      className={inputClassName}
      {...aria}
    >
      <option value="">{placeholder ?? messages.selectPlaceholder}</option>
      {orphan !== undefined && <option value={currentKey}>{orphan}</option>}
      {groups.map((group, index) =>
        group.label === undefined ? (
          group.entries.map(renderEntry)
        ) : (
          <optgroup key={`group-${index}`} label={group.label}>
            {group.entries.map(renderEntry)}
          </optgroup>
        ),
      )}
    </select>
  );
}
