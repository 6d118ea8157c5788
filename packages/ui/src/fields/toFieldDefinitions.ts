import type { FormFieldType, SettingValue } from '@integrations-kit/client';
import type { FieldDefinition } from './FieldDefinition.js';
import { isRecord } from '../lib/isRecord.js';

const knownTypes: ReadonlySet<string> = new Set<FormFieldType>([
  'text',
  'password',
  'tel',
  'email',
  'url',
  'number',
  'textarea',
  'checkbox',
  'select',
  'filtered-select',
  'multi-select',
  'datetime',
  'date',
  'time',
  // The live API's types beyond the contract's enum.
  'copy',
  'info',
  'location',
  'phone',
  'boolean',
  'hidden',
]);

const warnPrefix = '[integrations-kit]';

// Module-wide so a form that re-derives its fields on every cache update still warns only once.
const warned = new Set<string>();

function warnOnce(key: string, message: string) {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`${warnPrefix} ${message}`);
}

function optionalString(input: unknown): string | undefined {
  return typeof input === 'string' && input !== '' ? input : undefined;
}

function toSettingValue(input: unknown): SettingValue | undefined {
  if (input === null || typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean') {
    return input;
  }
  if (Array.isArray(input)) {
    return input.filter((item): item is string | number => typeof item === 'string' || typeof item === 'number');
  }
  return undefined;
}

/**
 * Turns the API's field list into `FieldDefinition`s: the contract's 14 types and the live API's
 * `copy`, `info`, `location`, `phone`, `boolean` and `hidden`. Input is `unknown` because the API may add
 * field types or send a broken entry: a field without an id is skipped and an unknown type renders
 * as text, each with one console warning, so one bad field never breaks the whole form.
 *
 * @example toFieldDefinitions(connection.form_fields ?? [])
 */
export function toFieldDefinitions(input: readonly unknown[]): FieldDefinition[] {
  const fields: FieldDefinition[] = [];
  const seen = new Set<string>();
  for (const raw of input) {
    const id = isRecord(raw) ? optionalString(raw.id) : undefined;
    if (!isRecord(raw) || id === undefined) {
      const shown = JSON.stringify(raw) ?? String(raw);
      warnOnce(`no-id:${shown}`, `Skipped a settings field without an id: ${shown}`);
      continue;
    }
    if (seen.has(id)) {
      warnOnce(`duplicate:${id}`, `Skipped a second settings field with the id "${id}".`);
      continue;
    }
    seen.add(id);
    // Resource defaults often come without a type: a list of options means a choice.
    const hasChoices = (Array.isArray(raw.options) && raw.options.length > 0) || raw.target === 'custom_fields';
    let rawType = typeof raw.type === 'string' ? raw.type : 'text';
    if (typeof raw.type !== 'string' && hasChoices) rawType = 'select';
    let type = rawType as FormFieldType;
    if (!knownTypes.has(rawType)) {
      type = 'text';
      warnOnce(`type:${rawType}`, `Unknown settings field type "${rawType}" (field "${id}"), rendered as text.`);
    }
    const target = raw.target === 'custom_fields' || raw.target === 'resource' ? raw.target : undefined;
    fields.push({
      id,
      label: optionalString(raw.label) ?? id,
      type,
      value: toSettingValue(raw.value),
      placeholder: optionalString(raw.placeholder),
      description: optionalString(raw.description),
      required: raw.required === true,
      // A `copy` value and an `info` note are never edited; a `hidden` field is kept, never shown.
      disabled: raw.disabled === true || type === 'copy' || type === 'info',
      hidden: raw.hidden === true || type === 'hidden',
      deprecated: raw.deprecated === true,
      sensitive: raw.sensitive === true || type === 'password',
      customField: raw.custom_field === true,
      allowCustomValues: raw.allow_custom_values === true,
      prefix: optionalString(raw.prefix),
      suffix: optionalString(raw.suffix),
      options: Array.isArray(raw.options) ? raw.options.filter(isRecord).map(toOption) : [],
      filter: optionalString(raw.filter),
      target,
    });
  }
  return fields;
}

function toOption(raw: Record<string, unknown>): FieldDefinition['options'][number] {
  const label = typeof raw.label === 'string' ? raw.label : String(raw.value ?? '');
  if (raw.option_type === 'group' || Array.isArray(raw.options)) {
    const options = Array.isArray(raw.options) ? raw.options.filter(isRecord).map(toOption) : [];
    return {
      option_type: 'group',
      id: raw.id === undefined || raw.id === null ? undefined : String(raw.id),
      label,
      options: options.filter((option) => option.option_type === 'simple'),
    };
  }
  return { option_type: 'simple', label, value: toSettingValue(raw.value) ?? label };
}
