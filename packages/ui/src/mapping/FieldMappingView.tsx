import type { ConnectionRef, CustomMapping } from '@integrations-kit/client';
import { useCustomFields, useCustomMappings, useResourceExample } from '@integrations-kit/hooks';
import { useId, type ComponentPropsWithoutRef } from 'react';
import { describeError } from '../errors/describeError.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { labelFromId } from '../lib/labelFromId.js';
import { Progress } from '../primitives/Progress.js';
import { RetryAlert } from '../primitives/RetryAlert.js';
import { useFocusOnRecovery } from '../primitives/useFocusOnRecovery.js';
import { useQueryRetry } from '../primitives/useHeldError.js';
import { MappingRow } from './MappingRow.js';

// The dialog's section reads the list a moment before this view's chunk arrives; reading it again
// on mount would double every opening's request. Saves and clears write the list themselves.
const FRESH_MS = 10_000;

/** Props of `FieldMappingView`. */
export interface FieldMappingViewProps extends ConnectionRef, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {}

/**
 * A connection's field mapping: the app's targets grouped by resource, each with the downstream
 * field it reads, and a picker over the resource's example record (and its custom fields) to map,
 * change or clear it. Read with `useCustomMappings`; saved with `useSaveMapping` and `useClearMapping`.
 *
 * @example <FieldMappingView unifiedApi="hris" serviceId="bamboohr" />
 */
export function FieldMappingView({ unifiedApi, serviceId, className, ...props }: FieldMappingViewProps) {
  const messages = useMessages();
  const m = messages.mapping;
  const ref = { unifiedApi, serviceId };
  const targets = useCustomMappings(ref, { staleTime: FRESH_MS });
  const byResource = new Map<string, CustomMapping[]>();
  for (const target of targets.data ?? [])
    byResource.set(target.resource, [...(byResource.get(target.resource) ?? []), target]);
  const list = useQueryRetry(targets);
  const state = list.error ? 'error' : targets.isPending ? 'loading' : byResource.size > 0 ? 'ready' : 'empty';
  // After the list loads on Try again, the first row's Map or Change takes the focus.
  const { ref: viewRef, arm: armFocus } = useFocusOnRecovery<HTMLDivElement>(state === 'ready');
  return (
    <div
      ref={viewRef}
      data-slot="field-mapping"
      data-state={state}
      className={cn('ik:flex ik:flex-col ik:gap-4', className)}
      {...props}
    >
      {state === 'loading' ? <Progress>{m.loading}</Progress> : null}
      {state === 'error' ? (
        <RetryAlert
          busy={list.retrying}
          onRetry={() => {
            armFocus('[data-slot="mapping-row"] button');
            void targets.refetch();
          }}
        >
          {m.loadFailed(describeError(list.error, messages.dialog.errors).message)}
        </RetryAlert>
      ) : null}
      {state === 'empty' ? <p className="ik:text-sm ik:text-fg-muted">{m.empty}</p> : null}
      {[...byResource].map(([resource, list]) => (
        <MappingResource key={resource} connectionRef={ref} resource={resource} targets={list} />
      ))}
    </div>
  );
}

/** One resource's targets under its heading, with the example record and custom fields they read from. */
function MappingResource({
  connectionRef,
  resource,
  targets,
}: {
  connectionRef: ConnectionRef;
  resource: string;
  targets: CustomMapping[];
}) {
  const headingId = useId();
  const example = useResourceExample({ ...connectionRef, resource });
  const fields = useCustomFields({ ...connectionRef, resource });
  const exampleRetry = useQueryRetry(example);
  const exampleState = {
    record: example.data,
    status: exampleRetry.error ? ('error' as const) : example.status,
    retrying: exampleRetry.retrying,
    retry: () => void example.refetch(),
  };
  return (
    // A group, not a section: the dialog's Resources section already has regions named after resources.
    <div role="group" aria-labelledby={headingId} className="ik:flex ik:flex-col">
      <h4 id={headingId} className="ik:text-sm ik:font-semibold">
        {labelFromId(resource)}
      </h4>
      <ul>
        {targets.map((target) => (
          <MappingRow
            key={target.id}
            connectionRef={connectionRef}
            target={target}
            example={exampleState}
            fields={fields.data ?? []}
          />
        ))}
      </ul>
    </div>
  );
}
