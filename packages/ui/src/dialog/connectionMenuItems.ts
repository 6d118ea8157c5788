import type { Connection } from '@integrations-kit/client';
import { getAuthorizeBlocker } from '../oauth/getAuthorizeBlocker.js';
import type { ActionsMenuItem } from './ActionsMenu.js';
import type { DialogMessages } from './dialogMessages.js';

/** An action of the dialog's menu a host can allow (`allowActions`); `disable` covers Enable too. */
export type ConnectionAction = 'reauthorize' | 'disable' | 'disconnect' | 'delete';

/** Every menu action; the default of `allowActions`. */
export const allConnectionActions: readonly ConnectionAction[] = ['reauthorize', 'disable', 'disconnect', 'delete'];

interface MenuHandlers {
  reauthorize: () => void;
  setEnabled: (enabled: boolean) => void;
  disconnect: () => void;
  delete: () => void;
}

interface MenuBusy {
  authorizing: boolean;
  revoking: boolean;
  deleting: boolean;
}

const AUTHORIZED = new Set<unknown>(['authorized', 'callable', 'invalid']);

/** The menu entries that make sense for this connection, limited to what the host allows. */
export function connectionMenuItems(
  connection: Connection,
  allow: readonly ConnectionAction[],
  handlers: MenuHandlers,
  labels: DialogMessages['actions'],
  busy: MenuBusy,
): ActionsMenuItem[] {
  // Not added for this consumer yet: nothing to disable, disconnect or delete.
  if (connection.state === 'available') return [];
  const oauth = connection.auth_type === 'oauth2';
  const items: ActionsMenuItem[] = [];
  if (allow.includes('reauthorize') && oauth && connection.state === 'callable' && !getAuthorizeBlocker(connection)) {
    items.push({ id: 'reauthorize', label: labels.reauthorize, onSelect: handlers.reauthorize, disabled: busy.authorizing });
  }
  if (allow.includes('disable')) {
    const enabled = connection.enabled !== false;
    items.push({
      id: enabled ? 'disable' : 'enable',
      label: enabled ? labels.disable : labels.enable,
      onSelect: () => handlers.setEnabled(!enabled),
    });
  }
  if (allow.includes('disconnect') && oauth && connection.revoke_url && AUTHORIZED.has(connection.state)) {
    items.push({ id: 'disconnect', label: labels.disconnect, onSelect: handlers.disconnect, disabled: busy.revoking });
  }
  if (allow.includes('delete')) {
    items.push({ id: 'delete', label: labels.delete, onSelect: handlers.delete, disabled: busy.deleting, tone: 'danger' });
  }
  return items;
}
