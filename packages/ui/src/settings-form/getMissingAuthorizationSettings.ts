import type { Connection } from '@integrations-kit/client';

/** A setting that must be filled in before the connection can be authorized. */
export interface MissingAuthorizationSetting {
  id: string;
  /** The field's label, or its id when the connection has no form field for it. */
  label: string;
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/**
 * The `settings_required_for_authorization` that are still empty, in the API's order. The one rule
 * for authorize gating: the Authorize button stays disabled and names these while any remain.
 * `values` (unsaved form values by setting id) take precedence over the stored settings.
 *
 * @example getMissingAuthorizationSettings(connection).map((setting) => setting.label) // ['Client ID']
 */
export function getMissingAuthorizationSettings(
  connection: Connection | undefined,
  values?: Readonly<Record<string, unknown>>,
): MissingAuthorizationSetting[] {
  if (!connection) return [];
  const fields = connection.form_fields ?? [];
  const missing: MissingAuthorizationSetting[] = [];
  for (const id of connection.settings_required_for_authorization ?? []) {
    const field = fields.find((item) => item.id === id);
    // The contract's form field type lacks `value`, which the live API sends with it.
    const fieldValue = field && 'value' in field ? (field as { value?: unknown }).value : undefined;
    const stored = connection.settings?.[id] ?? fieldValue;
    const value = values && Object.hasOwn(values, id) ? values[id] : stored;
    if (isBlank(value)) missing.push({ id, label: field?.label || id });
  }
  return missing;
}
