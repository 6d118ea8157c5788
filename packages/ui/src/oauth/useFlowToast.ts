import type { Connection } from '@integrations-kit/client';
import type { AuthorizeStatus } from '@integrations-kit/hooks';
import { getDisplayName } from '../connection/getDisplayName.js';
import { useMessages } from '../i18n/useMessages.js';
import { useToast } from '../toast/useToast.js';
import { getAuthorizedToast } from './getAuthorizedToast.js';
import { useFlowSuccess } from './useFlowSuccess.js';

/** What `useFlowToast` reads of an authorize or revoke flow (`useAuthorize`, `useRevoke`). */
interface FlowResult {
  status: AuthorizeStatus;
  /** The connection the flow produced, handed back by the hook on success. */
  connection: Connection | null;
}

/**
 * Toasts each success of an authorize or revoke flow, then calls `then` with the connection the
 * flow produced (the hook hands it back; `connection`, a prop, may still be the old object).
 */
export function useFlowToast(
  kind: 'authorize' | 'revoke',
  flow: FlowResult,
  connection: Connection,
  then: (latest: Connection) => void,
): void {
  const messages = useMessages().oauth;
  const { toast } = useToast();
  useFlowSuccess(flow.status, () => {
    const latest = flow.connection ?? connection;
    toast(
      kind === 'authorize'
        ? getAuthorizedToast(latest, messages)
        : { title: messages.revoke.done(getDisplayName(connection)), tone: 'success' },
    );
    then(latest);
  });
}
