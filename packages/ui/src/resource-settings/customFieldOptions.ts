import type { CustomField, SimpleFormFieldOption } from '@integrations-kit/client';

/** A resource's custom fields as select options: the id is the value, the name (or id) the label. */
export function customFieldOptions(customFields: readonly CustomField[]): SimpleFormFieldOption[] {
  return customFields.flatMap((customField) =>
    customField.id
      ? [{ option_type: 'simple' as const, label: customField.name || customField.id, value: customField.id }]
      : [],
  );
}
