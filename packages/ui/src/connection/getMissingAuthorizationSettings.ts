import type { Connection } from '@integrations-kit/client';
import { isBlankSetting } from './isBlankSetting.js';
import { isSettingFilled } from './isSettingFilled.js';

/** A setting that must be filled in before the connection can be authorized. */
export interface MissingAuthorizationSetting {
  id: string;
  /** The field's label, or its id when the connection has no form field for it. */
  label: string;
}

/**
 * The `settings_required_for_authorization` that are still empty, in the API's order. The one rule
 * for authorize gating: the Authorize button stays disabled and names these while any remain.
 * `values` (unsaved form values by setting id) take precedence over the stored settings. A secret
 * is never echoed by the API, so whether one is stored is read from the connection's state.
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
    const secret = field?.sensitive === true || field?.type === 'password';
    let filled = isSettingFilled(connection, id);
    // A typed value decides, except an empty secret, which means "keep the stored one".
    if (values && Object.hasOwn(values, id) && !(secret && isBlankSetting(values[id])))
      filled = !isBlankSetting(values[id]);
    if (!filled) missing.push({ id, label: field?.label || id });
  }
  return missing;
}
