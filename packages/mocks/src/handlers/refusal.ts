import { badRequest, unprocessable } from '../http/apideckError.js';
import type { SettingError } from '../store/validateSettings.js';

/**
 * The error response for a write the store refused. A 422 names each refused setting in
 * `detail.errors[]` as `{ field: 'settings.<id>', message }` (resource settings:
 * `configuration.<resource>.<id>`), so a form can show each message on its field.
 */
export function refusal(
  result: { kind: 'bad-request'; detail: string } | { kind: 'invalid'; errors: SettingError[] },
): Response {
  if (result.kind === 'bad-request') return badRequest(result.detail);
  return unprocessable(
    `Validation failed: ${result.errors.map((error) => error.message).join('; ')}`,
    { errors: result.errors },
    'ValidationError',
  );
}
