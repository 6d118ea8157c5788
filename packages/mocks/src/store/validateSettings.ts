import type { FormField, FormFieldOption } from '@integrations-kit/client';
import { isBlank } from './ConnectionRecord.js';

/** One setting the API refused, named as the 422 body names it (`settings.<id>`, `configuration.<resource>.<id>`). */
export interface SettingError {
  field: string;
  message: string;
}

type Check = (value: unknown, field: FormField, siblings: Record<string, unknown>) => string | undefined;

const isText = (value: unknown) => typeof value === 'string';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TEL = /^\+?[0-9 ()./-]{5,24}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

const checks: Record<NonNullable<FormField['type']>, Check> = {
  text: (value) => (isText(value) ? undefined : 'must be text'),
  textarea: (value) => (isText(value) ? undefined : 'must be text'),
  password: (value) => (isText(value) ? undefined : 'must be text'),
  email: (value) => (isText(value) && EMAIL.test(value) ? undefined : 'must be a valid email address'),
  url: (value) => (isText(value) && isHttpUrl(value) ? undefined : 'must be a valid http(s) URL'),
  tel: (value) => (isText(value) && TEL.test(value) ? undefined : 'must be a valid phone number'),
  number: (value) => (isNumeric(value) ? undefined : 'must be a number'),
  checkbox: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  date: (value) =>
    isText(value) && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'must be a date (YYYY-MM-DD)',
  time: (value) => (isText(value) && TIME.test(value) ? undefined : 'must be a time (HH:MM)'),
  datetime: (value) =>
    isText(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'must be an ISO 8601 date and time',
  select: (value, field) => checkChoice(value, field, optionValues(field.options)),
  'filtered-select': (value, field, siblings) => checkChoice(value, field, filteredValues(field, siblings)),
  // The live API's types beyond the contract's enum.
  phone: (value) => (isText(value) && TEL.test(value) ? undefined : 'must be a valid phone number'),
  boolean: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  location: (value) => (isText(value) ? undefined : 'must be text'),
  hidden: () => undefined,
  // Read-only like a disabled field (checked before these run).
  copy: () => undefined,
  info: () => undefined,
  'multi-select': (value, field) => {
    if (!Array.isArray(value)) return 'must be a list of values';
    const allowed = optionValues(field.options);
    return value.map((item) => checkChoice(item, field, allowed)).find(Boolean);
  },
};

/**
 * The errors in `changes` against the connection's form fields: each value must fit its field's
 * type and options, and disabled fields cannot change. Empty values are fine here: a missing
 * required setting leaves the connection `added`, it is not a request error. Unknown ids are
 * stored as they are, like the live API does.
 */
export function validateSettings(
  fields: readonly FormField[],
  changes: Record<string, unknown>,
  current: Record<string, unknown>,
  prefix = 'settings',
): SettingError[] {
  const siblings = { ...current, ...changes };
  const errors: SettingError[] = [];
  for (const [id, value] of Object.entries(changes)) {
    const field = fields.find((item) => item.id === id);
    if (!field || isBlank(value)) continue;
    const label = field.label || id;
    if ((field.disabled || field.type === 'copy' || field.type === 'info') && value !== current[id]) {
      errors.push({ field: `${prefix}.${id}`, message: `${label} is read-only` });
      continue;
    }
    const problem = checks[field.type ?? 'text']?.(value, field, siblings);
    if (problem) errors.push({ field: `${prefix}.${id}`, message: `${label} ${problem}` });
  }
  return errors;
}

function checkChoice(value: unknown, field: FormField, allowed: unknown[]): string | undefined {
  if (!['string', 'number', 'boolean'].includes(typeof value)) return 'must be one of the options';
  if (field.allow_custom_values || allowed.includes(value)) return undefined;
  return 'must be one of the options';
}

/** Every simple option value, groups flattened. */
export function optionValues(options: readonly FormFieldOption[] | undefined): unknown[] {
  return (options ?? []).flatMap((option) =>
    option.option_type === 'group' ? option.options.map((item) => item.value) : [option.value],
  );
}

// A filtered-select offers the options of the group whose id is the sibling filter field's value.
function filteredValues(field: FormField & { filter?: string }, siblings: Record<string, unknown>): unknown[] {
  const parent = field.filter ? siblings[field.filter] : undefined;
  const group = (field.options ?? []).find((option) => option.option_type === 'group' && option.id === String(parent));
  return group ? optionValues([group]) : [];
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function isNumeric(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
}
