import type { SettingValue } from '@integrations-kit/client';
import type { FieldDefinition } from './FieldDefinition.js';

/** What is wrong with a value; the UI turns it into a message (`messages.form.errors[error]`). */
export type FieldError = 'required' | 'email' | 'url' | 'tel' | 'number' | 'date' | 'time' | 'datetime';

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phone = /^\+?[\d\s().-]+$/;
const date = /^(\d{4})-(\d{2})-(\d{2})$/;
const time = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/;
const datetime = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(:\d{2}(\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/;

/** Whether a value counts as "not filled in" (an unchecked checkbox included). */
export function isEmptyValue(value: SettingValue | undefined): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    value === false ||
    (Array.isArray(value) && value.length === 0)
  );
}

function isCalendarDate(text: string): boolean {
  const match = date.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return phone.test(text) && digits >= 5 && digits <= 15;
}

const formatChecks: Partial<Record<FieldDefinition['type'], (text: string, field: FieldDefinition) => boolean>> = {
  email: (text) => email.test(text),
  // The stored value omits the adornments (e.g. `https://` + value + `.myshopify.com`), so the full URL is checked.
  url: (text, field) => isHttpsUrl(`${field.prefix ?? ''}${text}${field.suffix ?? ''}`),
  tel: isPhone,
  phone: isPhone,
  number: (text) => text.trim() !== '' && Number.isFinite(Number(text)),
  date: isCalendarDate,
  time: (text) => time.test(text),
  datetime: (text) => {
    const match = datetime.exec(text);
    return match !== null && isCalendarDate(match[1] ?? '');
  },
};

/**
 * Checks one value the way the form does before any request: required first, then the type's format.
 * A stored secret that the user left empty is kept, so it satisfies `required`.
 */
export function validateFieldValue(
  field: FieldDefinition,
  value: SettingValue | undefined,
  options: { secretStored?: boolean } = {},
): FieldError | undefined {
  if (isEmptyValue(value)) {
    return field.required && !options.secretStored ? 'required' : undefined;
  }
  const check = formatChecks[field.type];
  if (check === undefined || typeof value !== 'string') return undefined;
  // A `phone` value breaks the same rule as a `tel` one.
  return check(value.trim(), field) ? undefined : ((field.type === 'phone' ? 'tel' : field.type) as FieldError);
}
