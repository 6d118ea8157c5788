import type { Connection } from '@integrations-kit/client';
import { isBlankSetting } from './isBlankSetting.js';
import { isSecretStored } from './isSecretStored.js';

/**
 * Whether the connection's setting `id` holds a value: the one rule for "filled in" that the
 * authorize gate, the authorize control and the settings form share. A plain setting is read from
 * `settings` (or its form field's `value`); a secret is never echoed, so whether one is stored is
 * read from the connection's state (`isSecretStored`).
 */
export function isSettingFilled(connection: Connection, id: string): boolean {
  const field = connection.form_fields?.find((item) => item.id === id);
  const stored = connection.settings?.[id] ?? field?.value;
  const secret = field?.sensitive === true || field?.type === 'password';
  return secret ? isSecretStored(connection, id, stored) : !isBlankSetting(stored);
}
