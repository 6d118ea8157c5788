import { useEffect, useRef } from 'react';
import { useController, useWatch, type Control } from 'react-hook-form';
import type { FormFieldOption, SettingValue } from '@integrations-kit/client';
import { useFormMessages } from '../settings-form/useFormMessages.js';
import type { FieldDefinition } from './FieldDefinition.js';
import { isFieldShown, type FieldFormModel, type FieldFormValues } from './fieldFormModel.js';
import { isOfferedValue, resolveFieldOptions, sameValue } from './fieldOptions.js';
import { FormFieldControl } from './FormFieldControl.js';
import { validateFieldValue } from './validateFieldValue.js';

interface FieldListProps {
  model: FieldFormModel;
  control: Control<FieldFormValues>;
  /** Why disabled fields are disabled (e.g. "Available after authorization"). */
  disabledReason?: string;
  /** Options that replace a field's own (resource defaults targeting custom fields). */
  optionsFor?: (field: FieldDefinition) => FormFieldOption[] | undefined;
}

/** Renders a model's shown fields through react-hook-form, in API order. */
export function FieldList({ model, control, disabledReason, optionsFor }: FieldListProps) {
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
            control={control}
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
  control: Control<FieldFormValues>;
  secretStored: boolean;
  disabledReason?: string;
}

function ConnectedField({ field, name, parent, control, secretStored, disabledReason }: ConnectedFieldProps) {
  const messages = useFormMessages();
  const { field: controller, fieldState } = useController({
    name,
    control,
    rules: {
      validate: (value) => {
        // A locked field cannot be fixed by the user, so it never blocks a save.
        if (field.disabled) return true;
        const error = validateFieldValue(field, value, { secretStored });
        return error ? messages.errors[error] : true;
      },
    },
  });
  const parentValue = useWatch({ control, name: parent?.key ?? name, disabled: !parent });
  useClearWhenParentChanges(field, parent ? parentValue : undefined, controller.value, controller.onChange);

  return (
    <FormFieldControl
      field={field}
      value={controller.value}
      onChange={controller.onChange}
      onBlur={controller.onBlur}
      inputRef={controller.ref}
      error={fieldState.error?.message}
      filterValue={parent ? parentValue : undefined}
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
