import type { CustomField } from '@integrations-kit/client';
import { useId } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { buttonClassName } from '../primitives/buttonClassName.js';
import { Progress } from '../primitives/Progress.js';
import { RetryAlert } from '../primitives/RetryAlert.js';
import { useFocusOnRecovery } from '../primitives/useFocusOnRecovery.js';
import { exampleText } from './exampleTree.js';
import { MappingTree } from './MappingTree.js';

/** The resource's example record as the picker needs it: loading, failed (with a retry) or read. */
export interface ExampleState {
  record: unknown;
  status: 'pending' | 'error' | 'success';
  /** The failed read is being tried again (its status stays `error` meanwhile). */
  retrying?: boolean;
  retry: () => void;
}

/** Props of `MappingPicker`. */
export interface MappingPickerProps {
  /** The target's label, naming the tree. */
  label: string;
  example: ExampleState;
  /** The resource's custom fields; each one with a finder is offered as a source. */
  fields: CustomField[];
  /** The JSONPath shown as chosen: the pick being saved, else the current mapping. */
  selected: string | null;
  onPick: (path: string) => void;
  /** Cancel or Escape: close without picking. */
  onCancel: () => void;
}

/**
 * Where a target's source is picked, in place: the example record as a tree and, when the resource
 * has custom fields, a list of them (picking one picks its finder). The custom fields stay usable
 * when the example cannot be loaded. Presentational.
 */
export function MappingPicker({ label, example, fields, selected, onPick, onCancel }: MappingPickerProps) {
  const m = useMessages().mapping;
  const fieldsId = useId();
  // After the example loads on Try again, the search box takes the focus the gone button held.
  const { ref: pickerRef, arm: armFocus } = useFocusOnRecovery<HTMLDivElement>(example.status === 'success');
  const sources = fields.filter((field): field is CustomField & { finder: string } => Boolean(field.finder));
  return (
    <div
      ref={pickerRef}
      data-slot="mapping-picker"
      data-own-escape=""
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape closes the picker, not the dialog around it (which leaves Escape to this element).
        event.stopPropagation();
        onCancel();
      }}
      className="ik:flex ik:flex-col ik:gap-3 ik:rounded-control ik:border ik:border-border ik:bg-surface ik:p-3"
    >
      {example.status === 'pending' ? <Progress>{m.exampleLoading}</Progress> : null}
      {example.status === 'error' ? (
        <RetryAlert
          busy={example.retrying}
          onRetry={() => {
            armFocus('input[type="search"]');
            example.retry();
          }}
        >
          {m.exampleFailed}
        </RetryAlert>
      ) : null}
      {example.status === 'success' ? (
        <MappingTree record={example.record} selectedPath={selected} onPick={onPick} label={m.pickFor(label)} />
      ) : null}
      {sources.length > 0 ? (
        <div className="ik:flex ik:flex-col ik:gap-1 ik:text-sm">
          <p id={fieldsId} className="ik:font-medium">
            {m.customFields}
          </p>
          <ul aria-labelledby={fieldsId} className="ik:flex ik:flex-wrap ik:gap-2">
            {sources.map((field) => (
              <li key={field.finder}>
                <button
                  type="button"
                  aria-pressed={field.finder === selected}
                  onClick={() => onPick(field.finder)}
                  className={cn(buttonClassName('secondary'), 'ik:aria-pressed:border-accent')}
                >
                  {field.name || field.id} <span className="ik:text-fg-muted">{exampleText(field.value)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="button" className={cn(buttonClassName('secondary'), 'ik:self-start')} onClick={onCancel}>
        {m.cancel}
      </button>
    </div>
  );
}
