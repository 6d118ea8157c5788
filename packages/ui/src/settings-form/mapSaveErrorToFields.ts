import { isVaultError, type VaultApiError } from '@integrations-kit/client';
import type { FieldDefinition } from '../fields/FieldDefinition.js';
import { isRecord } from '../lib/isRecord.js';

/** An error the API reported against one setting. */
export interface FieldSaveError {
  fieldId: string;
  message: string;
}

const pathKeys = ['field', 'id', 'path', 'name', 'setting', 'key', 'property'] as const;

/** `settings.instance_url`, `/settings/instance_url` or `instance_url` name the same setting. */
function toFieldId(path: unknown, ids: ReadonlySet<string>): string | undefined {
  if (typeof path !== 'string') return undefined;
  if (ids.has(path)) return path;
  const last = path.split(/[./]/).filter(Boolean).pop();
  return last !== undefined && ids.has(last) ? last : undefined;
}

function fromEntries(entries: unknown[], ids: ReadonlySet<string>, fallback: string): FieldSaveError[] {
  return entries.flatMap((entry) => {
    if (!isRecord(entry)) return [];
    const fieldId = pathKeys.map((key) => toFieldId(entry[key], ids)).find(Boolean);
    const message = typeof entry.message === 'string' && entry.message.trim() ? entry.message : fallback;
    return fieldId ? [{ fieldId, message }] : [];
  });
}

function fromDetail(detail: unknown, ids: ReadonlySet<string>, fallback: string): FieldSaveError[] {
  if (Array.isArray(detail)) return fromEntries(detail, ids, fallback);
  if (!isRecord(detail)) return [];
  for (const key of ['errors', 'fields', 'invalid_fields', 'settings'] as const) {
    const nested = detail[key];
    if (Array.isArray(nested)) return fromEntries(nested, ids, fallback);
    if (isRecord(nested)) return fromDetail(nested, ids, fallback);
  }
  const single = fromEntries([detail], ids, fallback);
  if (single.length > 0) return single;
  // `{ instance_url: 'must be https' }`: keys are the settings, values their messages.
  return Object.entries(detail).flatMap(([key, value]) => {
    const fieldId = toFieldId(key, ids);
    if (!fieldId) return [];
    const messages = (Array.isArray(value) ? value : [value]).filter(
      (item): item is string => typeof item === 'string',
    );
    return [{ fieldId, message: messages.join(' ') || fallback }];
  });
}

/**
 * The settings a failed save's 422 names, with the API's message for each, so the form can show
 * it on the field. Reads the structured `detail` shapes the API and the mock use; a plain-text
 * detail counts when it names exactly one setting by id.
 */
export function mapSaveErrorToFields(error: unknown, fields: readonly FieldDefinition[]): FieldSaveError[] {
  if (!isVaultError(error) || error.kind !== 'api') return [];
  const { status, body } = error as VaultApiError;
  if (status !== 422) return [];
  const ids = new Set(fields.map((field) => field.id));
  const fallback = (typeof body.detail === 'string' ? body.detail : undefined) ?? body.message ?? '';
  const structured = fromDetail(body.detail, ids, fallback);
  if (structured.length > 0) return structured;
  const text = [body.message, typeof body.detail === 'string' ? body.detail : ''].join(' ');
  const named = fields.filter((field) => new RegExp(`(^|[^\\w])${escape(field.id)}([^\\w]|$)`).test(text));
  return named.length === 1 && named[0] ? [{ fieldId: named[0].id, message: fallback }] : [];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
