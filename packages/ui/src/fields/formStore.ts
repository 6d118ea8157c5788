import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { SettingValue } from '@integrations-kit/client';
import { sameFormValue, type FieldFormValues } from './fieldFormModel.js';

/** Returns an error message for a value, or nothing when it is valid. */
export type FieldValidator = (value: SettingValue) => string | undefined;

interface FormState {
  values: FieldFormValues;
  defaults: FieldFormValues;
  errors: Readonly<Record<string, string>>;
  /** A save was tried since the last reset: from then on each change is validated as it happens. */
  submitted: boolean;
  dirty: boolean;
}

interface FieldEntry {
  validate?: FieldValidator;
  element?: HTMLElement | null;
}

/**
 * The state of one generated form: flat values keyed like `FieldFormModel.keyOf`, errors, and
 * dirtiness against the defaults. The forms need flat values, one validator per field, focus on
 * the first invalid field and server errors set on fields: a form library (react-hook-form was
 * 14.7 kB gzip, a third of the kit's size budget) brings nested paths, arrays and schemas they
 * never use, so this store keeps only what they do use, read through `useSyncExternalStore`.
 */
export interface FormStore {
  get: () => FormState;
  subscribe: (listener: () => void) => () => void;
  setValue: (name: string, value: SettingValue) => void;
  setError: (name: string, message: string, options?: { focus?: boolean }) => void;
  /** Starts again from these values: clean, without errors, not yet submitted. */
  reset: (defaults: FieldFormValues) => void;
  /** Validates every registered field (in default key order); focuses the first invalid one. */
  validate: () => boolean;
  register: (name: string, entry: FieldEntry) => () => void;
}

export function createFormStore(initial: FieldFormValues): FormStore {
  let state: FormState = { values: initial, defaults: initial, errors: {}, submitted: false, dirty: false };
  const listeners = new Set<() => void>();
  const fields = new Map<string, FieldEntry>();

  const update = (patch: Partial<FormState>) => {
    const next = { ...state, ...patch };
    next.dirty = Object.keys({ ...next.defaults, ...next.values }).some(
      (key) => !sameFormValue(next.values[key], next.defaults[key]),
    );
    state = next;
    listeners.forEach((listener) => listener());
  };
  const withError = (name: string, message: string | undefined) => {
    const { [name]: _, ...errors } = state.errors;
    return message === undefined ? errors : { ...errors, [name]: message };
  };
  const focus = (name: string) => fields.get(name)?.element?.focus();

  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setValue: (name, value) => {
      const values = { ...state.values, [name]: value };
      update(state.submitted ? { values, errors: withError(name, fields.get(name)?.validate?.(value)) } : { values });
    },
    setError: (name, message, options) => {
      update({ errors: withError(name, message) });
      if (options?.focus) focus(name);
    },
    reset: (defaults) => update({ values: defaults, defaults, errors: {}, submitted: false }),
    validate: () => {
      const errors: Record<string, string> = {};
      for (const [name, { validate }] of fields) {
        const message = validate?.(state.values[name] ?? null);
        if (message !== undefined) errors[name] = message;
      }
      update({ errors, submitted: true });
      const first = Object.keys(state.values).find((name) => name in errors);
      if (first !== undefined) focus(first);
      return first === undefined;
    },
    register: (name, entry) => {
      fields.set(name, entry);
      return () => {
        if (fields.get(name) === entry) fields.delete(name);
      };
    },
  };
}

/** Reads one slice of the form and re-renders only when that slice changes. */
export function useFormSelector<T>(store: FormStore, select: (state: FormState) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(store.get()),
  );
}

/**
 * Binds one field to the store: its value, error and handlers. The validator and element are
 * registered while the field is mounted, so a field that is not shown is neither validated nor focused.
 */
export function useFormField(store: FormStore, name: string, validate: FieldValidator) {
  const value = useFormSelector(store, (state) => state.values[name] ?? null);
  const error = useFormSelector(store, (state) => state.errors[name]);
  const entry = useRef<FieldEntry>({ validate });
  useEffect(() => {
    entry.current.validate = validate;
  });
  useEffect(() => store.register(name, entry.current), [store, name]);
  const onChange = useCallback((next: SettingValue) => store.setValue(name, next), [store, name]);
  const inputRef = useCallback((element: HTMLElement | null) => {
    entry.current.element = element;
  }, []);
  return { value, error, onChange, inputRef };
}
