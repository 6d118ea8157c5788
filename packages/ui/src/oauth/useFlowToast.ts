import type { Connection } from '@integrations-kit/client';
import { getDisplayName } from '../connection/getDisplayName.js';
import { useMessages } from '../i18n/useMessages.js';
import { useToast } from '../toast/useToast.js';
import { getAuthorizedToast } from './getAuthorizedToast.js';

/**
 * The `onSuccess` to hand an authorize or revoke flow (`useAuthorize`, `useRevoke`): toasts the
 * success, then calls `then` with the connection the flow produced (`connection`, a prop, may
 * still be the old object). Given to the owner of the flow (not its view), so the outcome is
 * announced even when the view closed mid-flow.
 *
 * @example const onSuccess = useFlowToast('authorize', connection, onAuthorized);
 * const flow = useAuthorize(connection, { redirectUri, onSuccess });
 */
export function useFlowToast(
  kind: 'authorize' | 'revoke',
  connection: Connection,
  then: (latest: Connection) => void,
): (latest: Connection) => void {
  const messages = useMessages().oauth;
  const { toast } = useToast();
  return (latest) => {
    toast(
      kind === 'authorize'
        ? getAuthorizedToast(latest, messages)
        : { title: messages.revoke.done(getDisplayName(connection)), tone: 'success' },
    );
    then(latest);
  };
}
