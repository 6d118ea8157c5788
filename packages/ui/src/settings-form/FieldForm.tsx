import type { FormHTMLAttributes } from 'react';
import type { FormFieldOption } from '@integrations-kit/client';
import { buttonClassName } from '../primitives/buttonClassName.js';
import { cn } from '../lib/cn.js';
import type { FieldDefinition } from '../fields/FieldDefinition.js';
import { FieldList } from '../fields/FieldList.js';
import type { FieldFormModel } from '../fields/fieldFormModel.js';
import { SaveOutcome } from './SaveOutcome.js';
import type { useFieldForm } from './useFieldForm.js';
import { useFormMessages } from '../i18n/useFormMessages.js';

interface FieldFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  model: FieldFormModel;
  state: ReturnType<typeof useFieldForm>;
  disabledReason?: string;
  optionsFor?: (field: FieldDefinition) => FormFieldOption[] | undefined;
  /** Leave out the guide link after a save (`hide_guides` or isolation mode). */
  hideGuideLink?: boolean | undefined;
}

/** The markup both settings forms share: the fields, the Save button with progress, the outcome. */
export function FieldForm({
  model,
  state,
  disabledReason,
  optionsFor,
  hideGuideLink,
  className,
  ...rest
}: FieldFormProps) {
  const messages = useFormMessages();
  const { store, submit, outcome, pending, isDirty } = state;
  return (
    <form
      noValidate
      data-status={pending ? 'pending' : (outcome?.kind ?? 'idle')}
      data-dirty={isDirty ? '' : undefined}
      aria-busy={pending || undefined}
      className={cn('ik:flex ik:flex-col ik:gap-4 ik:text-fg', className)}
      {...rest}
      onSubmit={(event) => void submit(event)}
    >
      <FieldList model={model} store={store} disabledReason={disabledReason} optionsFor={optionsFor} />
      <div className="ik:flex ik:items-center ik:gap-3">
        <button type="submit" disabled={pending} className={buttonClassName('primary')}>
          {pending ? messages.saving : messages.save}
        </button>
      </div>
      <SaveOutcome outcome={outcome} hideGuideLink={hideGuideLink} />
    </form>
  );
}
