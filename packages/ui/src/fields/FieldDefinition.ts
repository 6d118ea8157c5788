import type { FormFieldOption, FormFieldType, SettingValue } from '@integrations-kit/client';

/**
 * A settings field after normalisation: every flag resolved to a boolean and the type narrowed to
 * one the renderer knows, so controls never re-check the API's optional and nullable attributes.
 */
export interface FieldDefinition {
  id: string;
  label: string;
  type: FormFieldType;
  /** The stored value as the API sent it (a secret's real value is never put into an input). */
  value?: SettingValue;
  placeholder?: string;
  description?: string;
  required: boolean;
  disabled: boolean;
  hidden: boolean;
  deprecated: boolean;
  /** Masked input; `password` fields are always sensitive. */
  sensitive: boolean;
  customField: boolean;
  allowCustomValues: boolean;
  prefix?: string;
  suffix?: string;
  options: FormFieldOption[];
  /** For `filtered-select`: the sibling field whose value picks the option group. */
  filter?: string;
  /** For resource defaults: `custom_fields` means the options are the resource's custom fields. */
  target?: 'custom_fields' | 'resource';
}
