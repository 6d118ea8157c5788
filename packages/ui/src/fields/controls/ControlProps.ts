import type { FormFieldOption, SettingValue } from '@integrations-kit/client';
import type { FieldDefinition } from '../FieldDefinition.js';

/** ARIA wiring the field wrapper computes once and every control puts on its focusable element. */
export interface ControlAria {
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
}

/** What `FormFieldControl` hands to the control of a field type. */
export interface ControlProps {
  id: string;
  field: FieldDefinition;
  value: SettingValue | undefined;
  onChange: (value: SettingValue) => void;
  onBlur: () => void;
  /** Receives the focusable element, so a form can focus the first invalid field. */
  inputRef?: (element: HTMLElement | null) => void;
  /** The options on offer now (a filtered-select's are already filtered). */
  options: FormFieldOption[];
  disabled: boolean;
  placeholder?: string;
  /** A secret is stored on the connection: the input stays empty and says so. */
  secretStored: boolean;
  aria: ControlAria;
}

/** Shared look of text-like inputs, keyed off the wrapper's `data-invalid`. */
export const inputClassName =
  'ik:w-full ik:min-w-0 ik:rounded-control ik:border ik:border-border ik:bg-surface ' +
  'ik:px-3 ik:py-2 ik:text-fg ik:placeholder:text-fg-muted ' +
  'ik:focus-visible:outline-2 ik:focus-visible:outline-ring ik:disabled:opacity-60 ' +
  'ik:aria-invalid:border-danger';
