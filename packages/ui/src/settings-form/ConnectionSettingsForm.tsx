import { useCallback, type FormHTMLAttributes } from 'react';
import type { Connection, Connector } from '@integrations-kit/client';
import { useUpdateConnection } from '@integrations-kit/hooks';
import { getConnectionReadiness } from '../connection/getConnectionReadiness.js';
import { cn } from '../lib/cn.js';
import {
  collectFieldValues,
  hasChangedValues,
  type FieldFormModel,
  type FieldFormValues,
} from '../fields/fieldFormModel.js';
import { connectionFieldModel } from './connectionFieldModel.js';
import { FieldForm } from './FieldForm.js';
import type { FormMessages } from '../i18n/formMessages.js';
import { LoadState } from './LoadState.js';
import { useConnectionSettings } from './useConnectionSettings.js';
import { useFieldForm, type FieldFormSaveResult } from './useFieldForm.js';
import { useFormMessages } from '../i18n/useFormMessages.js';

/** Props of `ConnectionSettingsForm`. */
export interface ConnectionSettingsFormProps extends Omit<
  FormHTMLAttributes<HTMLFormElement>,
  'onSubmit' | 'children'
> {
  unifiedApi: string;
  serviceId: string;
  /** Called with the saved connection after a successful save. */
  onSaved?: (connection: Connection) => void;
  /** Called whenever the form gains or loses unsaved changes (guard closing with it). */
  onDirtyChange?: (dirty: boolean) => void;
  /** Leave out the connection guide's link after a save (`hide_guides`, or isolation mode). */
  hideGuideLink?: boolean | undefined;
}

/**
 * The settings form of one connection, generated from its `form_fields` (or the connector's
 * `settings`). Validates before any request and saves only what changed.
 *
 * @example <ConnectionSettingsForm unifiedApi="crm" serviceId="pipedrive" onSaved={() => toast('Saved')} />
 */
export function ConnectionSettingsForm({ unifiedApi, serviceId, className, ...rest }: ConnectionSettingsFormProps) {
  const messages = useFormMessages();
  const state = useConnectionSettings(unifiedApi, serviceId);
  const slot = { 'data-slot': 'connection-settings-form', className: cn('ik-root', className) };
  if (state.status !== 'ready') return <LoadState {...slot} state={state} />;
  if (state.model.fields.length === 0) {
    const message = state.connectorRefused ? messages.settingsUnavailable : messages.noSettings;
    return <LoadState {...slot} state={{ status: 'empty', message }} />;
  }
  return (
    <SettingsForm {...rest} {...slot} connection={state.connection} connector={state.connector} model={state.model} />
  );
}

interface SettingsFormProps extends Omit<ConnectionSettingsFormProps, 'unifiedApi' | 'serviceId'> {
  connection: Connection;
  connector?: Connector;
  model: FieldFormModel;
}

/** The answer over what we had; a field the answer leaves out keeps its known value. */
function mergeAnswer(previous: Connection, answer: Connection): Connection {
  const merged: Record<string, unknown> = { ...previous };
  for (const [key, value] of Object.entries(answer)) if (value !== undefined) merged[key] = value;
  return merged as Connection;
}

function SettingsForm({ connection, connector, model, onSaved, onDirtyChange, ...rest }: SettingsFormProps) {
  const messages = useFormMessages();
  const update = useUpdateConnection();
  const { mutateAsync } = update;
  const save = useCallback(
    async (values: FieldFormValues): Promise<FieldFormSaveResult> => {
      if (!hasChangedValues(model, values)) return { kind: 'unchanged' };
      const answer = await mutateAsync({
        unifiedApi: connection.unified_api ?? '',
        serviceId: connection.service_id ?? '',
        connection: { settings: collectFieldValues(model, values, { changedOnly: true }) },
      });
      const saved = mergeAnswer(connection, answer);
      onSaved?.(saved);
      const defaults = connectionFieldModel(saved, connector).defaults;
      return { kind: 'saved', defaults, outcome: { kind: 'saved', connection: saved } };
    },
    [connection, connector, model, mutateAsync, onSaved],
  );
  const state = useFieldForm({ model, save, onDirtyChange });
  return <FieldForm {...rest} model={model} state={state} disabledReason={disabledReasonFor(connection, messages)} />;
}

/** Fields an OAuth connector fills in from the provider stay locked until authorization. */
function disabledReasonFor(connection: Connection, messages: FormMessages): string {
  const { authorized } = getConnectionReadiness(connection);
  return connection.auth_type === 'oauth2' && !authorized ? messages.availableAfterAuthorization : messages.readOnly;
}
