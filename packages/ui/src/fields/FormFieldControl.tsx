import { useId, type ComponentType, type HTMLAttributes } from 'react';
import type { SettingValue } from '@integrations-kit/client';
import { cn } from '../lib/cn.js';
import { useFormMessages } from '../i18n/useFormMessages.js';
import type { FieldDefinition } from './FieldDefinition.js';
import { resolveFieldOptions } from './fieldOptions.js';
import { SafeMarkdown } from './SafeMarkdown.js';
import type { ControlProps } from './controls/ControlProps.js';
import { CheckboxControl } from './controls/CheckboxControl.js';
import { CopyControl } from './controls/CopyControl.js';
import { MultiSelectControl } from './controls/MultiSelectControl.js';
import { SelectControl } from './controls/SelectControl.js';
import { TextareaControl } from './controls/TextareaControl.js';
import { TextControl } from './controls/TextControl.js';

const controls: Record<FieldDefinition['type'], ComponentType<ControlProps>> = {
  text: TextControl,
  password: TextControl,
  tel: TextControl,
  email: TextControl,
  url: TextControl,
  number: TextControl,
  date: TextControl,
  time: TextControl,
  datetime: TextControl,
  textarea: TextareaControl,
  checkbox: CheckboxControl,
  select: SelectControl,
  'filtered-select': SelectControl,
  'multi-select': MultiSelectControl,
  phone: TextControl,
  location: TextControl,
  boolean: CheckboxControl,
  copy: CopyControl,
  hidden: TextControl,
  info: NoControl,
};

/** Props of `FormFieldControl`. */
export interface FormFieldControlProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onChange' | 'onBlur'> {
  field: FieldDefinition;
  value: SettingValue | undefined;
  onChange: (value: SettingValue) => void;
  onBlur?: () => void;
  /** A message to show under the field; marks it invalid. */
  error?: string;
  /** Receives the focusable element, so a failed validation can focus it. */
  inputRef?: (element: HTMLElement | null) => void;
  /** For `filtered-select`: the current value of the sibling named by `field.filter`. */
  filterValue?: SettingValue;
  /** For `filtered-select`: that sibling's label, for the "choose it first" hint. */
  filterLabel?: string;
  /** A secret is stored for this field; the input stays empty and says so. */
  secretStored?: boolean;
  /** Why the field is disabled (defaults to "Read-only"). */
  disabledReason?: string;
}

const badgeClassName = 'ik:rounded-full ik:border ik:border-border ik:px-2 ik:text-xs ik:text-fg-muted';

/**
 * Renders one settings field of any of the 20 types (an `info` field is a note without an input) with its label, badges, description,
 * disabled reason and error, all tied to the control by `aria-describedby`.
 *
 * @example <FormFieldControl field={field} value={value} onChange={setValue} error={message} />
 */
export function FormFieldControl(props: FormFieldControlProps) {
  const {
    field,
    value,
    onChange,
    onBlur,
    error,
    inputRef,
    filterValue,
    filterLabel,
    secretStored = false,
    disabledReason,
    className,
    ...rest
  } = props;
  const messages = useFormMessages();
  const id = `${useId()}${field.id.replace(/[^\w-]/g, '_')}`;
  const options = resolveFieldOptions(field, filterValue);
  const waitsForParent =
    field.type === 'filtered-select' && field.filter !== undefined && options.length === 0 && !field.allowCustomValues;
  const disabled = field.disabled || waitsForParent;
  let hint: string | undefined;
  if (waitsForParent) hint = messages.chooseParentFirst(filterLabel ?? field.filter ?? '');
  if (field.disabled) hint = disabledReason ?? messages.readOnly;
  const Control = controls[field.type];
  const ids = {
    prefix: field.prefix ? `${id}-prefix` : undefined,
    suffix: field.suffix ? `${id}-suffix` : undefined,
    deprecated: field.deprecated ? `${id}-deprecated` : undefined,
    customField: field.customField ? `${id}-custom` : undefined,
    description: field.description ? `${id}-description` : undefined,
    hint: hint ? `${id}-hint` : undefined,
    error: error ? `${id}-error` : undefined,
  };
  const describedBy = [ids.error, ids.hint, ids.description, ids.prefix, ids.suffix, ids.deprecated, ids.customField]
    .filter(Boolean)
    .join(' ');
  const isCheckbox = field.type === 'checkbox' || field.type === 'boolean';
  // An `info` field is a titled note: no input, so no `<label>` and no read-only hint.
  const isNote = field.type === 'info';
  if (isNote) hint = undefined;

  // The marker sits beside the label, not in it: `aria-required` says it to screen readers, and
  // the label's text stays the field's name.
  const label = (
    <span className="ik:inline-flex ik:gap-0.5">
      {isNote ? (
        <span id={`${id}-label`} className="ik:font-medium ik:text-fg">
          {field.label}
        </span>
      ) : (
        <label id={`${id}-label`} htmlFor={id} className="ik:font-medium ik:text-fg">
          {field.label}
        </label>
      )}
      {field.required && (
        <span aria-hidden="true" data-slot="required-marker" className="ik:text-danger">
          {messages.requiredMarker}
        </span>
      )}
    </span>
  );
  const control = (
    <Control
      id={id}
      field={field}
      value={value}
      onChange={onChange}
      onBlur={onBlur ?? noop}
      inputRef={inputRef}
      options={options}
      disabled={disabled}
      placeholder={field.placeholder}
      secretStored={secretStored}
      aria={{
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-required': field.required || undefined,
      }}
    />
  );

  return (
    <div
      data-slot="form-field"
      data-type={field.type}
      data-invalid={error ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
      className={cn('ik:flex ik:flex-col ik:gap-1', className)}
      {...rest}
    >
      <div className="ik:flex ik:flex-wrap ik:items-center ik:gap-2">
        {isCheckbox ? control : null}
        {label}
        {ids.deprecated && (
          <span id={ids.deprecated} data-slot="badge" data-badge="deprecated" className={badgeClassName}>
            {messages.deprecated}
          </span>
        )}
        {ids.customField && (
          <span id={ids.customField} data-slot="badge" data-badge="custom-field" className={badgeClassName}>
            {messages.customField}
          </span>
        )}
      </div>
      {isCheckbox || isNote ? null : control}
      {field.description && (
        <p id={ids.description} className="ik:text-sm ik:whitespace-pre-line ik:text-fg-muted">
          <SafeMarkdown text={field.description} />
        </p>
      )}
      {hint && (
        <p id={ids.hint} className="ik:text-sm ik:text-fg-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={ids.error} className="ik:text-sm ik:text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

function noop() {}

function NoControl() {
  return null;
}
