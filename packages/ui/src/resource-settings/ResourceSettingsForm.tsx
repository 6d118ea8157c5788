import { useState, type HTMLAttributes } from 'react';
import { useConnection } from '@integrations-kit/hooks';
import { cn } from '../lib/cn.js';
import { LoadState } from '../settings-form/LoadState.js';
import { useFormMessages } from '../i18n/useFormMessages.js';
import { ResourceDefaultsForm } from './ResourceDefaultsForm.js';
import { ResourceListItem } from './ResourceListItem.js';

/** Props of `ResourceSettingsForm`. */
export interface ResourceSettingsFormProps extends HTMLAttributes<HTMLDivElement> {
  unifiedApi: string;
  serviceId: string;
  /** The resource open at first; defaults to the first configurable one. */
  defaultResource?: string;
  /** Called whenever the open resource's form gains or loses unsaved changes. */
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * Default values per configurable resource (e.g. the owner of new leads): a list that flags
 * resources missing required values, and the open resource's defaults as a form.
 *
 * @example <ResourceSettingsForm unifiedApi="crm" serviceId="pipedrive" />
 */
export function ResourceSettingsForm(props: ResourceSettingsFormProps) {
  const { unifiedApi, serviceId, defaultResource, onDirtyChange, className, ...rest } = props;
  const messages = useFormMessages();
  const query = useConnection({ unifiedApi, serviceId });
  const resources = query.data?.configurable_resources ?? [];
  const [chosen, setChosen] = useState<string | undefined>(defaultResource);
  const open = chosen !== undefined && resources.includes(chosen) ? chosen : resources[0];
  const slot = { 'data-slot': 'resource-settings-form', className: cn('ik-root', className) };

  // A failed re-read keeps the loaded resources (and the draft in the open form) on screen.
  if (!query.data)
    return (
      <LoadState {...slot} state={query.isError ? { status: 'error', error: query.error } : { status: 'loading' }} />
    );
  if (resources.length === 0) return null;
  return (
    <div {...slot} className={cn(slot.className, 'ik:flex ik:flex-col ik:gap-4 ik:text-fg')} {...rest}>
      <p className="ik:text-sm ik:text-fg-muted">{messages.resourcesDescription}</p>
      <ul aria-label={messages.resourcesHeading} className="ik:flex ik:flex-col ik:gap-2">
        {resources.map((resource) => (
          <ResourceListItem
            key={resource}
            unifiedApi={unifiedApi}
            serviceId={serviceId}
            resource={resource}
            selected={resource === open}
            onSelect={() => setChosen(resource)}
          />
        ))}
      </ul>
      {open !== undefined && (
        <section aria-label={open} data-slot="resource-defaults">
          <ResourceDefaultsForm
            key={open}
            unifiedApi={unifiedApi}
            serviceId={serviceId}
            resource={open}
            onDirtyChange={onDirtyChange}
          />
        </section>
      )}
    </div>
  );
}
