import type { Connection, FormField, FormFieldOption } from '@integrations-kit/client';
import type { Dialect } from './Dialect.js';

type Json = Record<string, unknown>;

const TIMESTAMPS = ['credentials_expire_at', 'last_refresh_failed_at', 'last_downstream_error_at'] as const;

// The nearest contract type of each live-only type; `info` has none (it holds no value).
const CONTRACT_TYPE = new Map<string, { type: NonNullable<FormField['type']>; extra?: Partial<FormField> }>([
  ['phone', { type: 'tel' }],
  ['boolean', { type: 'checkbox' }],
  ['location', { type: 'text' }],
  ['copy', { type: 'text', extra: { disabled: true } }],
  ['hidden', { type: 'text', extra: { hidden: true } }],
]);

/**
 * A presented connection (canonical: filters as field ids, timestamps as epoch ms) in the shapes of
 * `dialect`; `view` is `list` for list entries. See `Dialect` for what each dialect sends.
 */
export function inDialect(connection: Connection, dialect: Dialect, view: 'detail' | 'list'): Connection {
  const out: Json = { ...connection };
  if (Array.isArray(connection.form_fields)) out.form_fields = fieldsInDialect(connection.form_fields, dialect);
  if (Array.isArray(connection.configuration)) {
    out.configuration = connection.configuration.map((entry) => ({
      ...entry,
      defaults: fieldsInDialect((entry.defaults ?? []) as FormField[], dialect),
    }));
  }
  if (dialect === 'live' && view === 'list') {
    for (const key of TIMESTAMPS) {
      const value = out[key];
      if (typeof value === 'number' && value > 0) out[key] = new Date(value).toISOString();
    }
  }
  return out as Connection;
}

/** Form fields in the shapes of `dialect` (see `Dialect`). */
export function fieldsInDialect(fields: readonly FormField[], dialect: Dialect): FormField[] {
  if (dialect === 'live') {
    return fields.map((field) =>
      field.filter ? ({ ...field, filter: { key: 'id', value: field.filter } } as unknown as FormField) : field,
    );
  }
  return fields.flatMap((field) => {
    if (field.type === 'info') return [];
    const mapped = field.type ? CONTRACT_TYPE.get(field.type) : undefined;
    return [mapped ? { ...field, type: mapped.type, ...mapped.extra } : field];
  });
}

/** The live API's flat `/config` field list: simple options lose `option_type`, as the live API sends them. */
export function flatConfigFields(fields: readonly FormField[]): FormField[] {
  return fieldsInDialect(fields, 'live').map((field) =>
    field.options ? { ...field, options: field.options.map(withoutSimpleOptionType) } : field,
  );
}

function withoutSimpleOptionType(option: FormFieldOption): FormFieldOption {
  if (option.option_type !== 'simple') return option;
  const { option_type: _omitted, ...rest } = option;
  return rest as FormFieldOption;
}
