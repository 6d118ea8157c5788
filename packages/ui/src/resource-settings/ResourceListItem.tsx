import { useResourceSettings } from '@integrations-kit/hooks';
import { toFieldDefinitions } from '../fields/toFieldDefinitions.js';
import { isEmptyValue } from '../fields/validateFieldValue.js';
import { useFormMessages } from '../i18n/useFormMessages.js';

interface ResourceListItemProps {
  unifiedApi: string;
  serviceId: string;
  resource: string;
  selected: boolean;
  onSelect: () => void;
}

type Completeness = 'loading' | 'error' | 'missing' | 'complete';

const statusClassName: Record<Completeness, string> = {
  loading: 'ik:text-fg-muted',
  error: 'ik:text-danger',
  missing: 'ik:text-danger',
  complete: 'ik:text-fg-muted',
};

/** One resource in the list, saying whether its required defaults are all set. */
export function ResourceListItem({ unifiedApi, serviceId, resource, selected, onSelect }: ResourceListItemProps) {
  const messages = useFormMessages();
  const query = useResourceSettings({ unifiedApi, serviceId, resource });
  let completeness: Completeness = 'loading';
  if (query.isError) completeness = 'error';
  else if (query.data) {
    const missing = toFieldDefinitions(query.data).some((field) => field.required && isEmptyValue(field.value ?? null));
    completeness = missing ? 'missing' : 'complete';
  }
  const statusText: Record<Completeness, string> = {
    loading: messages.resourceLoading,
    error: messages.resourceLoadFailed,
    missing: messages.resourceMissingRequired,
    complete: messages.resourceComplete,
  };
  return (
    <li data-slot="resource-list-item" data-state={completeness}>
      <button
        type="button"
        aria-current={selected || undefined}
        onClick={onSelect}
        className="ik:flex ik:w-full ik:items-center ik:justify-between ik:gap-3 ik:rounded-control ik:border ik:border-border ik:px-3 ik:py-2 ik:text-start ik:aria-[current=true]:border-accent"
      >
        <span className="ik:font-medium">{resource}</span>
        <span className={`ik:text-sm ${statusClassName[completeness]}`}>{statusText[completeness]}</span>
      </button>
    </li>
  );
}
