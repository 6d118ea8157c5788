import type { Connection } from '@integrations-kit/client';
import { useConnector } from '@integrations-kit/hooks';
import { useMessages } from '../i18n/useMessages.js';
import { ConnectionSettingsForm } from '../settings-form/ConnectionSettingsForm.js';
import { LoadState } from '../settings-form/LoadState.js';
import { describeError } from './describeError.js';

interface ConnectionDialogSettingsProps {
  connection: Connection;
  onSaved: (connection: Connection) => void;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The Settings section's content. A connection without form fields of its own takes them from its
 * connector; a connector the Connector API does not know (404) leaves it with nothing to set, and
 * not "no longer exists", which is only true when the connection itself is gone.
 */
export function ConnectionDialogSettings({ connection, onSaved, onDirtyChange }: ConnectionDialogSettingsProps) {
  const messages = useMessages();
  const serviceId = connection.service_id ?? '';
  const needsConnector = (connection.form_fields?.length ?? 0) === 0;
  // The same query the form runs (one request); read here only to tell an unknown connector apart.
  const { error } = useConnector(serviceId, { enabled: needsConnector });
  if (needsConnector && error && describeError(error, messages.dialog.errors).reason === 'not-found') {
    return (
      <LoadState
        data-slot="connection-settings-form"
        className="ik-root"
        state={{ status: 'empty', message: messages.form.noSettings }}
      />
    );
  }
  return (
    <ConnectionSettingsForm
      unifiedApi={connection.unified_api ?? ''}
      serviceId={serviceId}
      onSaved={onSaved}
      onDirtyChange={onDirtyChange}
    />
  );
}
