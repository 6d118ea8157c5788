import type { FormFieldOption, SimpleFormFieldOption } from '../types.js';
import { isRecord } from './data.js';

/**
 * One form field in the one shape the kit reads, whichever dialect the API sent:
 *
 * - `filter` as the contract's reading (a string: the parent field's id) **or** the live API's
 *   `{ key: 'id', value: '<parent field id>' }` becomes the parent field's id;
 * - options with or without `option_type`: an entry with an `options` array is a group, any other a
 *   simple option, and a group's `id` is always a string (it is compared with the parent's value);
 * - everything else is kept as sent, unknown field types included (the ui degrades those to text).
 *
 * Non-objects are returned unchanged: deciding what to do with a broken entry is the reader's job.
 */
export function normalizeFormField<T>(raw: T): T {
  if (!isRecord(raw)) return raw;
  const field: Record<string, unknown> = { ...raw };
  if ('filter' in field) {
    const filter = readFilter(field.filter);
    if (filter === undefined) delete field.filter;
    else field.filter = filter;
  }
  if (Array.isArray(field.options)) field.options = field.options.filter(isRecord).map(normalizeOption);
  return field as T;
}

/** `normalizeFormField` over a list; anything but an array is returned unchanged. */
export function normalizeFormFields<T>(list: T): T {
  return (Array.isArray(list) ? list.map(normalizeFormField) : list) as T;
}

function readFilter(filter: unknown): string | undefined {
  if (typeof filter === 'string') return filter === '' ? undefined : filter;
  if (isRecord(filter) && typeof filter.value === 'string' && filter.value !== '') return filter.value;
  return undefined;
}

function normalizeOption(raw: Record<string, unknown>): FormFieldOption {
  if (raw.option_type === 'group' || Array.isArray(raw.options)) {
    const children = Array.isArray(raw.options) ? raw.options.filter(isRecord).map(normalizeOption) : [];
    return {
      ...raw,
      option_type: 'group',
      id: raw.id === undefined || raw.id === null ? undefined : String(raw.id),
      label: typeof raw.label === 'string' ? raw.label : String(raw.id ?? ''),
      options: children.filter((child): child is SimpleFormFieldOption => child.option_type === 'simple'),
    } as FormFieldOption;
  }
  return { ...raw, option_type: 'simple' } as FormFieldOption;
}
