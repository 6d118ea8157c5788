import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import type { FieldFormModel, FieldFormValues } from '../fields/fieldFormModel.js';
import { createFormStore, useFormSelector } from '../fields/formStore.js';
import { describeSaveError } from '../errors/describeSaveError.js';
import { mapSaveErrorToFields } from './mapSaveErrorToFields.js';
import { useLeavePageGuard } from '../primitives/useLeavePageGuard.js';
import type { SaveOutcomeState } from './SaveOutcome.js';

/** What a save reports back: nothing to send, or the values the form restarts from. */
export type FieldFormSaveResult =
  { kind: 'unchanged' } | { kind: 'saved'; defaults: FieldFormValues; outcome: SaveOutcomeState };

interface UseFieldFormOptions {
  model: FieldFormModel;
  /** Sends the values; throws what the request threw. */
  save: (values: FieldFormValues) => Promise<FieldFormSaveResult>;
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * The form over a field model: validates before `save` (the first invalid field gets focus),
 * restarts from the saved values on success, and on failure keeps every typed value, shows the
 * API's message and puts a 422's per-setting messages on their fields. While it holds unsaved
 * values, leaving the page asks for confirmation.
 */
export function useFieldForm({ model, save, onDirtyChange }: UseFieldFormOptions) {
  const messages = useMessages();
  const [store] = useState(() => createFormStore(model.defaults));
  const isDirty = useFormSelector(store, (state) => state.dirty);
  const [outcome, setOutcome] = useState<SaveOutcomeState | null>(null);
  const [pending, setPending] = useState(false);

  // Fresh data from elsewhere (a refetch, a save's cache write) replaces the values only while
  // the user has not started editing: their typing always wins.
  const appliedModel = useRef(model);
  useEffect(() => {
    if (appliedModel.current === model) return;
    appliedModel.current = model;
    if (!store.get().dirty) store.reset(model.defaults);
  }, [store, model]);

  useEffect(() => {
    onDirtyChange?.(isDirty);
  }, [isDirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);
  useLeavePageGuard(isDirty);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!store.validate()) {
      setOutcome({ kind: 'invalid' });
      return;
    }
    const { values } = store.get();
    setOutcome(null);
    setPending(true);
    try {
      const result = await save(values);
      if (result.kind === 'unchanged') {
        setOutcome({ kind: 'unchanged' });
      } else {
        store.reset(result.defaults);
        setOutcome(result.outcome);
      }
    } catch (error) {
      // A refusal may quote what was sent; a typed secret must never come back on screen.
      const secrets = model.fields
        .filter((field) => field.sensitive)
        .map((field) => values[model.keyOf.get(field.id) ?? ''])
        .filter((value): value is string => typeof value === 'string' && value.length > 0);
      const mask = (text: string) => secrets.reduce((masked, secret) => masked.split(secret).join('••••••'), text);
      mapSaveErrorToFields(error, model.fields).forEach(({ fieldId, message }, index) => {
        const key = model.keyOf.get(fieldId);
        if (key) store.setError(key, mask(message), { focus: index === 0 });
      });
      setOutcome({ kind: 'failed', message: mask(describeSaveError(error, messages)) });
    } finally {
      setPending(false);
    }
  };

  return { store, submit, outcome, pending, isDirty };
}
