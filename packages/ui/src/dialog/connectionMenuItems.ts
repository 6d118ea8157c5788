import type { Connection } from '@integrations-kit/client';
import type { ConnectionAction } from '../connection/connectionActions.js';
import { getConnectionReadiness } from '../connection/getConnectionReadiness.js';
import type { ActionsMenuItem } from './ActionsMenu.js';
import type { DialogMessages } from '../i18n/dialogMessages.js';
import type { useConnectionActions } from './useConnectionActions.js';

type Actions = Pick<
  ReturnType<typeof useConnectionActions>,
  'authorizeFlow' | 'revokeFlow' | 'setEnabled' | 'deleting' | 'test' | 'testing'
>;

/**
 * The menu entries that make sense for this connection, limited to what the host allows. Disconnect
 * and Delete only `ask` (the dialog confirms first); an entry is disabled while its action runs.
 */
export function connectionMenuItems(
  connection: Connection,
  allow: readonly ConnectionAction[],
  actions: Actions,
  ask: (action: 'disconnect' | 'delete') => void,
  labels: DialogMessages['actions'],
): ActionsMenuItem[] {
  // Not added for this consumer yet: nothing to disable, disconnect or delete.
  if (connection.state === 'available') return [];
  const oauth = connection.auth_type === 'oauth2';
  const readiness = getConnectionReadiness(connection);
  const enabled = connection.enabled !== false;
  const items: ActionsMenuItem[] = [];
  const add = (id: keyof typeof labels, onSelect: () => void, disabled?: boolean, tone?: 'danger') =>
    items.push({ id, label: labels[id], onSelect, disabled, tone });
  if (allow.includes('test')) add('test', actions.test, actions.testing);
  if (allow.includes('reauthorize') && oauth && connection.state === 'callable' && !readiness.authorizeBlocker) {
    add('reauthorize', actions.authorizeFlow.authorize, actions.authorizeFlow.status === 'pending');
  }
  if (allow.includes('disable')) add(enabled ? 'disable' : 'enable', () => actions.setEnabled(!enabled));
  if (allow.includes('disconnect') && oauth && connection.revoke_url && readiness.hasGrant) {
    add('disconnect', () => ask('disconnect'), actions.revokeFlow.status === 'pending');
  }
  if (allow.includes('delete')) add('delete', () => ask('delete'), actions.deleting, 'danger');
  return items;
}
