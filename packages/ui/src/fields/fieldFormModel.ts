import type { SettingValue } from '@integrations-kit/client';
import type { FieldDefinition } from './FieldDefinition.js';
import { isEmptyValue } from './validateFieldValue.js';

/** Form values keyed by `FieldFormModel.keyOf`: generated keys, so no field id (say `__proto__`) can collide with an object key. */
export type FieldFormValues = Record<string, SettingValue>;

/** The fields of one form with their form keys and the default values derived from them. */
export interface FieldFormModel {
  fields: FieldDefinition[];
  keyOf: ReadonlyMap<string, string>;
  defaults: FieldFormValues;
  /** Ids of sensitive fields that have a stored value; the value itself never reaches an input. */
  secretStored: ReadonlySet<string>;
}

function toFormValue(field: FieldDefinition): SettingValue {
  const { value } = field;
  switch (field.type) {
    case 'checkbox':
    case 'boolean':
      return value === true || value === 'true';
    case 'multi-select':
      if (Array.isArray(value)) return value;
      return typeof value === 'string' || typeof value === 'number' ? (value === '' ? [] : [value]) : [];
    case 'select':
    case 'filtered-select':
      return value ?? '';
    default:
      if (value === undefined || value === null) return '';
      return Array.isArray(value) ? value.join(',') : String(value);
  }
}

/**
 * Builds the model; a stored secret starts empty so it is neither shown nor re-sent untouched.
 * `isSecretStored` tells whether a secret holds a value the API did not echo (default: it sent one).
 */
export function createFieldFormModel(
  fields: FieldDefinition[],
  isSecretStored: (field: FieldDefinition) => boolean = (field) => !isEmptyValue(field.value ?? null),
): FieldFormModel {
  const keyOf = new Map<string, string>();
  const defaults: FieldFormValues = {};
  const secretStored = new Set<string>();
  fields.forEach((field, index) => {
    const key = `f${index}`;
    keyOf.set(field.id, key);
    if (field.sensitive && isSecretStored(field)) secretStored.add(field.id);
    defaults[key] = field.sensitive ? '' : toFormValue(field);
  });
  return { fields, keyOf, defaults, secretStored };
}

/** Hidden fields are not shown; a deprecated one only while it still holds a value. */
export function isFieldShown(field: FieldDefinition): boolean {
  return !field.hidden && !(field.deprecated && isEmptyValue(field.value ?? null));
}

/** Compares two form values; arrays by content. */
export function sameFormValue(a: SettingValue | undefined, b: SettingValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/** Whether any value differs from the model's defaults. */
export function hasChangedValues(model: FieldFormModel, values: FieldFormValues): boolean {
  return [...model.keyOf.values()].some((key) => !sameFormValue(values[key], model.defaults[key]));
}

function toApiValue(field: FieldDefinition, value: SettingValue): SettingValue {
  if (field.type !== 'number' || typeof value !== 'string') return value;
  if (value.trim() === '') return null;
  return Number(value);
}

/**
 * The values a save sends, by field id: with `changedOnly`, only what differs from the defaults,
 * plus hidden fields, whose stored value the form keeps and sends along (the user cannot edit them).
 */
export function collectFieldValues(
  model: FieldFormModel,
  values: FieldFormValues,
  { changedOnly }: { changedOnly: boolean },
): Record<string, SettingValue> {
  const result: Record<string, SettingValue> = {};
  for (const field of model.fields) {
    const key = model.keyOf.get(field.id);
    // An `info` note holds no value and a `copy` value is the API's own: neither is ever sent.
    if (key === undefined || field.type === 'info' || field.type === 'copy') continue;
    const value = values[key] ?? model.defaults[key] ?? null;
    const changed = !sameFormValue(value, model.defaults[key]);
    const keptHidden = field.hidden && !field.sensitive && !isEmptyValue(value);
    if (changedOnly && !changed && !keptHidden) continue;
    if (field.sensitive && !changed) continue;
    result[field.id] = toApiValue(field, value);
  }
  return result;
}
