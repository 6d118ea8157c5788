import type { FormFieldOption, SettingValue, SimpleFormFieldOption } from '@integrations-kit/client';
import type { FieldDefinition } from './FieldDefinition.js';

/** One choosable option, flattened out of its group. */
export interface OptionEntry {
  /** Stable position key, used as DOM value and id suffix. */
  key: string;
  label: string;
  value: SettingValue;
  /** Label of the option group it came from, if any. */
  group?: string;
}

/** Option values come as strings, numbers or booleans; `"1"` and `1` name the same choice. */
export function sameValue(a: SettingValue | undefined, b: SettingValue | undefined): boolean {
  if (a === undefined || b === undefined || a === null || b === null) return a === b;
  return String(a) === String(b);
}

/**
 * The options a field offers right now. A `filtered-select` offers the group whose `id` equals the
 * value of its `filter` sibling (nothing until that sibling has a value); others offer all options.
 */
export function resolveFieldOptions(field: FieldDefinition, filterValue?: SettingValue): FormFieldOption[] {
  if (field.type !== 'filtered-select') return field.options;
  const hasGroups = field.options.some((option) => option.option_type === 'group');
  if (!hasGroups) return field.options;
  if (filterValue === undefined || filterValue === null || filterValue === '') return [];
  const group = field.options.find(
    (option) => option.option_type === 'group' && option.id !== undefined && sameValue(option.id, filterValue),
  );
  return group?.option_type === 'group' ? group.options : [];
}

function optionValue(option: SimpleFormFieldOption): SettingValue {
  return option.value ?? option.label;
}

/** Flattens simple options and groups into one list, keeping each option's group label. */
export function flattenOptions(options: readonly FormFieldOption[]): OptionEntry[] {
  const entries: OptionEntry[] = [];
  for (const option of options) {
    if (option.option_type === 'group') {
      for (const child of option.options) {
        entries.push({
          key: String(entries.length),
          label: child.label,
          value: optionValue(child),
          group: option.label,
        });
      }
    } else {
      entries.push({ key: String(entries.length), label: option.label, value: optionValue(option) });
    }
  }
  return entries;
}

/** Whether `value` is one of the options (an empty value always counts as valid). */
export function isOfferedValue(options: readonly FormFieldOption[], value: SettingValue | undefined): boolean {
  if (value === undefined || value === null || value === '') return true;
  const entries = flattenOptions(options);
  const values = Array.isArray(value) ? value : [value];
  return values.every((item) => entries.some((entry) => sameValue(entry.value, item)));
}
