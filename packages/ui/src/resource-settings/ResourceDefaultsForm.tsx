import { useCallback, useMemo } from 'react';
import type { FormFieldOption } from '@integrations-kit/client';
import { useCustomFields, useResourceSettings, useUpdateResourceSettings } from '@integrations-kit/hooks';
import type { FieldDefinition } from '../fields/FieldDefinition.js';
import {
  collectFieldValues,
  createFieldFormModel,
  type FieldFormModel,
  type FieldFormValues,
} from '../fields/fieldFormModel.js';
import { toFieldDefinitions } from '../fields/toFieldDefinitions.js';
import { FieldForm } from '../settings-form/FieldForm.js';
import { LoadState } from '../settings-form/LoadState.js';
import { useFieldForm, type FieldFormSaveResult } from '../settings-form/useFieldForm.js';
import { useFormMessages } from '../i18n/useFormMessages.js';
import { customFieldOptions } from './customFieldOptions.js';

interface ResourceDefaultsFormProps {
  unifiedApi: string;
  serviceId: string;
  resource: string;
  onDirtyChange?: (dirty: boolean) => void;
}

/** The defaults of one resource, rendered with the same field renderer as the connection settings. */
export function ResourceDefaultsForm({ unifiedApi, serviceId, resource, onDirtyChange }: ResourceDefaultsFormProps) {
  const messages = useFormMessages();
  const query = useResourceSettings({ unifiedApi, serviceId, resource });
  const model = useMemo(
    () => (query.data ? createFieldFormModel(toFieldDefinitions(query.data)) : undefined),
    [query.data],
  );
  const needsCustomFields = model?.fields.some((field) => field.target === 'custom_fields') ?? false;
  const customFields = useCustomFields({ unifiedApi, serviceId, resource }, { enabled: needsCustomFields });
  const options = useMemo(() => customFieldOptions(customFields.data ?? []), [customFields.data]);
  const optionsFor = useCallback(
    (field: FieldDefinition): FormFieldOption[] | undefined =>
      field.target === 'custom_fields' && options.length > 0 ? options : undefined,
    [options],
  );

  // A failed re-read keeps the loaded defaults, and so the draft typed over them.
  if (!model)
    return <LoadState state={query.isError ? { status: 'error', error: query.error } : { status: 'loading' }} />;
  if (model.fields.length === 0) return <LoadState state={{ status: 'empty', message: messages.resourceNoSettings }} />;
  return (
    <DefaultsForm
      target={{ unifiedApi, serviceId, resource }}
      model={model}
      optionsFor={optionsFor}
      onDirtyChange={onDirtyChange}
    />
  );
}

interface DefaultsFormProps {
  target: { unifiedApi: string; serviceId: string; resource: string };
  model: FieldFormModel;
  optionsFor: (field: FieldDefinition) => FormFieldOption[] | undefined;
  onDirtyChange?: (dirty: boolean) => void;
}

function DefaultsForm({ target, model, optionsFor, onDirtyChange }: DefaultsFormProps) {
  const { mutateAsync } = useUpdateResourceSettings();
  const save = useCallback(
    async (values: FieldFormValues): Promise<FieldFormSaveResult> => {
      // Only what changed goes: the API merges defaults by id, so an untouched default (say one the
      // server filled in meanwhile) is never overwritten with what this form happened to load.
      const collected = collectFieldValues(model, values, { changedOnly: true });
      const defaults = Object.entries(collected).map(([id, value]) => ({ id, value: value ?? '' }));
      await mutateAsync({ ...target, configuration: [{ resource: target.resource, defaults }] });
      return { kind: 'saved', defaults: values, outcome: { kind: 'saved' } };
    },
    [model, mutateAsync, target],
  );
  const state = useFieldForm({ model, save, onDirtyChange });
  return (
    <FieldForm
      data-slot="resource-defaults-form"
      data-resource={target.resource}
      model={model}
      state={state}
      optionsFor={optionsFor}
    />
  );
}
