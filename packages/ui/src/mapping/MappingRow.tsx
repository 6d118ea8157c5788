import type { ConnectionRef, CustomField, CustomMapping } from '@integrations-kit/client';
import { useClearMapping, useSaveMapping } from '@integrations-kit/hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { describeError } from '../errors/describeError.js';
import { useMessages } from '../i18n/useMessages.js';
import { AlertIcon } from '../lib/icons.js';
import { buttonClassName } from '../primitives/buttonClassName.js';
import { Spinner } from '../primitives/Progress.js';
import { RetryAlert } from '../primitives/RetryAlert.js';
import { useHeldError } from '../primitives/useHeldError.js';
import { MappingPicker, type ExampleState } from './MappingPicker.js';
import { readMapping } from './readMapping.js';

/** Props of `MappingRow`. */
export interface MappingRowProps {
  connectionRef: ConnectionRef;
  target: CustomMapping;
  example: ExampleState;
  fields: CustomField[];
}

const FLAG_CLASS = 'ik:flex ik:items-center ik:gap-1 ik:text-danger';

/**
 * One mapping target: its label, Required, description, the JSONPath it reads and the example value
 * found there (or Not mapped), flagged when a required target is unmapped or its path no longer
 * leads anywhere; Map or Change opens the picker in place, Clear removes the mapping. A save that
 * fails keeps the picker open on what was picked, with the reason and Try again.
 */
export function MappingRow({ connectionRef, target, example, fields }: MappingRowProps) {
  const messages = useMessages();
  const m = messages.mapping;
  const labelId = useId();
  const toggleId = useId();
  const clearId = useId();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<string>();
  const [announced, setAnnounced] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  // Set when the picker or Clear is gone after a success: focus goes back to Map or Change.
  const refocus = useRef(false);
  const save = useSaveMapping();
  const clear = useClearMapping();
  const ref = { ...connectionRef, targetFieldId: target.id };
  const { state, reads } = readMapping(target, example.status === 'success' ? example.record : undefined, fields);
  const busy = save.isPending || clear.isPending;
  const failed = useHeldError(save.error ?? clear.error, busy);

  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    toggle.current?.focus();
  });

  const done = (message: string) => {
    refocus.current = true;
    setOpen(false);
    setPicked(undefined);
    setAnnounced(message);
  };
  const pick = (value: string) => {
    if (busy) return;
    setPicked(value);
    setAnnounced('');
    clear.reset();
    save.mutate({ ...ref, value }, { onSuccess: () => done(m.saved(target.label)) });
  };
  const remove = () => {
    setAnnounced('');
    save.reset();
    clear.mutate(ref, { onSuccess: () => done(m.cleared(target.label)) });
  };
  const close = () => {
    refocus.current = true;
    setOpen(false);
    setPicked(undefined);
    save.reset();
  };

  return (
    <li
      data-slot="mapping-row"
      data-state={state}
      className="ik:flex ik:flex-col ik:gap-2 ik:border-b ik:border-border ik:py-3 ik:text-sm ik:last:border-b-0"
    >
      <div className="ik:flex ik:flex-wrap ik:items-start ik:justify-between ik:gap-3">
        <div className="ik:flex ik:min-w-0 ik:flex-1 ik:flex-col ik:gap-1">
          <p className="ik:flex ik:flex-wrap ik:items-center ik:gap-2">
            <span id={labelId} className="ik:font-medium">
              {target.label}
            </span>
            {target.required ? (
              <span className="ik:rounded-full ik:bg-surface-muted ik:px-2 ik:py-0.5 ik:text-xs">{m.required}</span>
            ) : null}
          </p>
          {target.description ? <p className="ik:text-fg-muted">{target.description}</p> : null}
          <p className="ik:flex ik:flex-wrap ik:gap-x-2 ik:break-all">
            {target.value === null ? (
              <span className="ik:text-fg-muted">{m.notMapped}</span>
            ) : (
              <code className="ik:font-mono">{target.value}</code>
            )}
            {reads === undefined ? null : <span className="ik:text-fg-muted">{m.reads(reads)}</span>}
          </p>
          {state === 'needed' || state === 'stale' ? (
            <p className={FLAG_CLASS}>
              <AlertIcon className="ik:size-4 ik:shrink-0" />
              {state === 'needed' ? m.needsMapping : m.stale}
            </p>
          ) : null}
        </div>
        <div className="ik:flex ik:gap-2">
          <button
            ref={toggle}
            id={toggleId}
            type="button"
            aria-expanded={open}
            // Named by its text, then the target ("Map Cost center"): the visible words come first.
            aria-labelledby={`${toggleId} ${labelId}`}
            className={buttonClassName('secondary')}
            onClick={() => (open ? close() : setOpen(true))}
          >
            {target.value === null ? m.map : m.change}
          </button>
          {target.value === null ? null : (
            <button
              id={clearId}
              type="button"
              aria-labelledby={`${clearId} ${labelId}`}
              aria-disabled={busy || undefined}
              className={buttonClassName('secondary')}
              onClick={busy ? undefined : remove}
            >
              {m.clear}
            </button>
          )}
        </div>
      </div>
      <div role="status" className="ik:flex ik:items-center ik:gap-2 ik:text-fg-muted">
        {busy ? <Spinner /> : null}
        {busy ? m.saving : announced}
      </div>
      {failed ? (
        <RetryAlert busy={busy} onRetry={() => (save.isError && picked ? pick(picked) : remove())}>
          {m.notSaved(describeError(failed, messages.dialog.errors).message)}
        </RetryAlert>
      ) : null}
      {open ? (
        <MappingPicker
          label={target.label}
          example={example}
          fields={fields}
          selected={picked ?? target.value}
          onPick={pick}
          onCancel={close}
        />
      ) : null}
    </li>
  );
}
