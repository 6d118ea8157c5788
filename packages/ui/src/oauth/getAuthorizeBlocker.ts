import type { Connection } from '@integrations-kit/client';

/** Why a connection cannot be authorized yet, or `null` when it can. */
export type AuthorizeBlocker =
  | { reason: 'needs-configuration' }
  | { reason: 'missing-settings'; labels: string[] }
  | null;

/**
 * Decides whether the authorize flow may start: the application side must be configured, and
 * every setting in `settings_required_for_authorization` must hold a value (labels come from
 * `form_fields`, so the user reads the same names as in the form).
 */
export function getAuthorizeBlocker(connection: Connection): AuthorizeBlocker {
  if (connection.integration_state === 'needs_configuration') return { reason: 'needs-configuration' };
  const required = connection.settings_required_for_authorization ?? [];
  const missing = required.filter((id) => isEmpty(settingValue(connection, id)));
  if (missing.length === 0) return null;
  const labels = missing.map((id) => connection.form_fields?.find((field) => field.id === id)?.label || id);
  return { reason: 'missing-settings', labels };
}

// The saved value lives in `settings`; some responses only echo it on the field itself.
function settingValue(connection: Connection, id: string): unknown {
  const saved = connection.settings?.[id];
  if (saved !== undefined) return saved;
  return (connection.form_fields?.find((field) => field.id === id) as { value?: unknown } | undefined)?.value;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
