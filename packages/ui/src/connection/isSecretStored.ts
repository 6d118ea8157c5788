import type { Connection } from '@integrations-kit/client';
import { isBlankSetting } from './isBlankSetting.js';

/**
 * Whether a secret setting holds a value. The API never echoes secrets (no `settings` entry, no
 * field `value`), so for a required one this reads the connection's progress instead: Vault
 * only moves past `added` / `missing_settings` once the settings it waits for are filled in.
 * An optional secret that is not echoed is unknowable and counts as empty.
 */
export function isSecretStored(connection: Connection, id: string, visibleValue?: unknown): boolean {
  if (!isBlankSetting(visibleValue)) return true;
  const forAuthorization = connection.settings_required_for_authorization?.includes(id) ?? false;
  const field = connection.form_fields?.find((item) => item.id === id);
  if (!field?.required && !forAuthorization) return false;
  const settled = connection.health !== undefined && connection.health !== 'missing_settings';
  switch (connection.state) {
    case 'callable':
    case 'invalid':
      return true;
    case 'authorized':
      return forAuthorization || settled;
    case 'added':
      return forAuthorization && settled;
    default:
      return false;
  }
}
