import type { Connection, Connector } from '@integrations-kit/client';
import { createFieldFormModel, type FieldFormModel } from '../fields/fieldFormModel.js';
import { toFieldDefinitions } from '../fields/toFieldDefinitions.js';
import { isSecretStored } from '../connection/isSecretStored.js';

/**
 * The raw field list of a connection's settings form: its `form_fields`, or the connector's
 * `settings` declarations when it has none. Values come from `settings` where it holds the id,
 * because a save answer may carry fresh `settings` next to stale `form_fields` values.
 */
function settingsFieldsOf(connection: Connection, connector?: Connector): unknown[] {
  const settings = connection.settings ?? {};
  const own: readonly unknown[] = connection.form_fields ?? [];
  const declared: readonly unknown[] = own.length > 0 ? own : (connector?.settings ?? []);
  return declared.map((field) => {
    if (typeof field !== 'object' || field === null) return field;
    const id = (field as { id?: unknown }).id;
    return typeof id === 'string' && Object.hasOwn(settings, id) ? { ...field, value: settings[id] } : field;
  });
}

/** The field model of a connection's settings form, knowing which secrets are stored though not echoed. */
export function connectionFieldModel(connection: Connection, connector?: Connector): FieldFormModel {
  return createFieldFormModel(toFieldDefinitions(settingsFieldsOf(connection, connector)), (field) =>
    isSecretStored(connection, field.id, field.value),
  );
}
