import type { DataScopesResources } from '@integrations-kit/client';
import type { ComponentPropsWithoutRef } from 'react';
import type { ConsentMessages } from '../i18n/consentMessages.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';

/** Props of `ConsentScopes`. */
export interface ConsentScopesProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What the app asks for: per resource and field `{ read, write }`, or `'*'` for all data. */
  resources: DataScopesResources;
}

type Access = keyof ConsentMessages['access'];

// By `read write`: the one label a field's pair of flags reads as.
const ACCESS = new Map<string, Access>([
  ['true true', 'readWrite'],
  ['true false', 'read'],
  ['false true', 'write'],
]);
const accessOf = ({ read, write }: { read?: boolean; write?: boolean }): Access =>
  ACCESS.get(`${read === true} ${write === true}`) ?? 'none';

/**
 * The data an app asks for, as a readable list: each resource with its fields and whether the app
 * reads or writes them; "All data" for the wildcard (Data Scopes off). Presentational.
 *
 * @example <ConsentScopes resources={connection.application_data_scopes?.resources ?? '*'} />
 */
export function ConsentScopes({ resources, className, ...props }: ConsentScopesProps) {
  return (
    <div
      data-slot="consent-scopes"
      data-all-data={resources === '*' ? '' : undefined}
      className={cn('ik:flex ik:flex-col ik:gap-3 ik:text-sm', className)}
      {...props}
    >
      <ScopeList resources={resources} />
    </div>
  );
}

function ScopeList({ resources }: { resources: DataScopesResources }) {
  const m = useMessages().consent;
  if (resources === '*') {
    return (
      <p>
        <strong className="ik:font-semibold">{m.allData}</strong>: {m.allDataNote}
      </p>
    );
  }
  const entries = Object.entries(resources);
  if (entries.length === 0) return <p className="ik:text-fg-muted">{m.noScopes}</p>;
  return (
    <ul className="ik:flex ik:flex-col ik:gap-3">
      {entries.map(([resource, fields]) => (
        <li key={resource} data-resource={resource} className="ik:flex ik:flex-col ik:gap-1">
          <span className="ik:font-medium ik:text-fg">{resource}</span>
          <ul className="ik:flex ik:flex-col ik:gap-0.5 ik:ps-4">
            {Object.entries(fields).map(([field, flags]) => (
              <li key={field} data-access={accessOf(flags)} className="ik:flex ik:flex-wrap ik:gap-2">
                <code className="ik:font-mono ik:text-fg">{field}</code>
                <span className="ik:text-fg-muted">{m.access[accessOf(flags)]}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
