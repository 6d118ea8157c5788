import type { Connection, ResourceSetting } from '@integrations-kit/client';
import { clone, isRecord } from '../util/clone.js';
import type { Writable } from './ConnectionRecord.js';
import { validateSettings, type SettingError } from './validateSettings.js';

/** The outcome of applying `configuration` entries: a body error, field errors, or done. */
export type ConfigurationResult =
  { kind: 'bad-request'; detail: string } | { kind: 'invalid'; errors: SettingError[] } | { kind: 'ok' };

/**
 * Writes `{ resource, defaults: [{ id, value }] }` entries into the connection's stored resource
 * settings. Each id must be a default the resource declares and each value must fit it; a `null`
 * value clears the default. Nothing is written unless every entry is valid. `onlyResource` (the
 * `…/{resource}/config` path) is the resource of entries that leave it out, and the only one allowed.
 */
export function applyConfiguration(
  connection: Writable<Connection>,
  entries: unknown,
  onlyResource?: string,
): ConfigurationResult {
  if (!Array.isArray(entries) || !entries.every(isRecord)) {
    return { kind: 'bad-request', detail: '"configuration" must be an array of { resource, defaults }' };
  }
  const next = clone(connection.configuration ?? []);
  const errors: SettingError[] = [];
  for (const entry of entries) {
    const resource = typeof entry.resource === 'string' ? entry.resource : onlyResource;
    if (!resource || (onlyResource && resource !== onlyResource)) {
      return { kind: 'bad-request', detail: `Configuration entries must be for resource "${onlyResource ?? '?'}"` };
    }
    if (!Array.isArray(entry.defaults) || !entry.defaults.every(isRecord)) {
      return {
        kind: 'bad-request',
        detail: `"configuration[].defaults" for ${resource} must be an array of { id, value }`,
      };
    }
    const stored = next.find((item) => item.resource === resource);
    if (!stored) {
      errors.push({ field: `configuration.${resource}`, message: `${resource} has no configurable settings` });
      continue;
    }
    const defaults = (stored.defaults ?? []) as ResourceSetting[];
    const current = Object.fromEntries(defaults.map((item) => [item.id, item.value]));
    const changes: Record<string, unknown> = {};
    for (const change of entry.defaults) {
      const id = typeof change.id === 'string' ? change.id : '';
      if (!defaults.some((item) => item.id === id)) {
        errors.push({
          field: `configuration.${resource}.${id}`,
          message: `${id || 'A default'} is not a setting of ${resource}`,
        });
      } else changes[id] = change.value;
    }
    errors.push(...validateSettings(defaults, changes, current, `configuration.${resource}`));
    for (const item of defaults) {
      if (!item.id || !(item.id in changes)) continue;
      const value = changes[item.id];
      if (value === null || value === undefined) delete item.value;
      else item.value = value as ResourceSetting['value'];
    }
  }
  if (errors.length) return { kind: 'invalid', errors };
  connection.configuration = next;
  return { kind: 'ok' };
}
