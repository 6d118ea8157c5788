import type { Connection } from '@integrations-kit/client';
import { getDisplayName } from '../connection/getDisplayName.js';
import type { ToastTone } from '../toast/toastStore.js';
import type { OAuthMessages } from '../i18n/oauthMessages.js';

/**
 * The toast after an authorize flow succeeded, read from the connection as the server left it:
 * "connected" only once it is `callable`; a sign-in that still waits for required settings says
 * so, matching the "Input required" badge beside it.
 *
 * @example toast(getAuthorizedToast(latestConnection, messages.oauth))
 */
export function getAuthorizedToast(
  connection: Connection,
  messages: OAuthMessages,
): { title: string; tone: ToastTone } {
  const name = getDisplayName(connection);
  return connection.state === 'callable'
    ? { title: messages.connected(name), tone: 'success' }
    : { title: messages.signedIn(name), tone: 'info' };
}
