import { useEffect, useRef } from 'react';
import type { FormFieldOption, SettingValue } from '@integrations-kit/client';
import { useFormMessages } from '../i18n/useFormMessages.js';
import type { FieldDefinition } from './FieldDefinition.js';
import { isFieldShown, type FieldFormModel } from './fieldFormModel.js';
import { isOfferedValue, resolveFieldOptions, sameValue } from './fieldOptions.js';
import { FormFieldControl } from './FormFieldControl.js';
import { useFormField, useFormSelector, type FormStore } from './formStore.js';
import { validateFieldValue } from './validateFieldValue.js';

interface FieldListProps {
  model: FieldFormModel;
  store: FormStore;
  /** Why disabled fields are disabled (e.g. "Available after authorization"). */
  disabledReason?: string;
  /** Options that replace a field's own (resource defaults targeting custom fields). */
  optionsFor?: (field: FieldDefinition) => FormFieldOption[] | undefined;
}

/** Renders a model's shown fields over the form store, in API order. */
export function FieldList({ model, store, disabledReason, optionsFor }: FieldListProps) {
  return (
    <div data-slot="field-list" className="ik:flex ik:flex-col ik:gap-4">
      {model.fields.filter(isFieldShown).map((field) => {
        const replaced = optionsFor?.(field);
        const parent = field.filter === undefined ? undefined : model.fields.find((item) => item.id === field.filter);
        const name = model.keyOf.get(field.id) ?? field.id;
        return (
          <ConnectedField
            key={name}
            // A filtered-select without its parent in the form cannot filter: it offers every group.
            field={{
              ...field,
              ...(replaced ? { options: replaced } : {}),
              ...(field.type === 'filtered-select' && !parent ? { type: 'select' as const } : {}),
            }}
            name={name}
            parent={parent && { key: model.keyOf.get(parent.id) ?? parent.id, label: parent.label }}
            store={store}
            secretStored={model.secretStored.has(field.id)}
            disabledReason={disabledReason}
          />
        );
      })}
    </div>
  );
}

interface ConnectedFieldProps {
  field: FieldDefinition;
  name: string;
  parent?: { key: string; label: string };
  store: FormStore;
  secretStored: boolean;
  disabledReason?: string;
}

function ConnectedField({ field, name, parent, store, secretStored, disabledReason }: ConnectedFieldProps) {
  const messages = useFormMessages();
  const controller = useFormField(store, name, (value) => {
    // A locked field cannot be fixed by the user, so it never blocks a save.
    if (field.disabled) return undefined;
    const error = validateFieldValue(field, value, { secretStored });
    return error ? messages.errors[error] : undefined;
  });
  const parentValue = useFormSelector(store, (state) => (parent ? state.values[parent.key] : undefined));
  useClearWhenParentChanges(field, parentValue, controller.value, controller.onChange);

  return (
    <FormFieldControl
      field={field}
      value={controller.value}
      onChange={controller.onChange}
      inputRef={controller.inputRef}
      error={controller.error}
      filterValue={parentValue}
      filterLabel={parent?.label}
      secretStored={secretStored}
      disabledReason={disabledReason}
    />
  );
}

/** A filtered-select whose parent changed drops a value the new option group does not offer. */
function useClearWhenParentChanges(
  field: FieldDefinition,
  parentValue: SettingValue | undefined,
  value: SettingValue | undefined,
  onChange: (value: SettingValue) => void,
) {
  const previous = useRef(parentValue);
  useEffect(() => {
    if (sameValue(previous.current, parentValue)) return;
    previous.current = parentValue;
    if (!isOfferedValue(resolveFieldOptions(field, parentValue), value)) onChange('');
  }, [field, parentValue, value, onChange]);
}
