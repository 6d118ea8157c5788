import type { Connection } from '@integrations-kit/client';
import { connectionQueryOptions, useVaultClient, type AuthorizeStatus } from '@integrations-kit/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { getDisplayName } from '../card/getDisplayName.js';
import { useMessages } from '../i18n/useMessages.js';
import { useToast } from '../toast/useToast.js';
import { getAuthorizedToast } from './getAuthorizedToast.js';
import { useFlowSuccess } from './useFlowSuccess.js';

/**
 * Toasts each success of an authorize or revoke flow, then calls `then` with the connection as the
 * cache now holds it. The flows write the caches before they report success, so the cache has the
 * result while `connection` (a prop) may still be the old object.
 */
export function useFlowToast(
  kind: 'authorize' | 'revoke',
  status: AuthorizeStatus,
  connection: Connection,
  then: (latest: Connection) => void,
): void {
  const messages = useMessages().oauth;
  const { toast } = useToast();
  const client = useVaultClient();
  const queryClient = useQueryClient();
  useFlowSuccess(status, () => {
    const ref = { unifiedApi: connection.unified_api ?? '', serviceId: connection.service_id ?? '' };
    const latest = queryClient.getQueryData(connectionQueryOptions(client, ref).queryKey) ?? connection;
    toast(
      kind === 'authorize'
        ? getAuthorizedToast(latest, messages)
        : { title: messages.revoke.done(getDisplayName(connection)), tone: 'success' },
    );
    then(latest);
  });
}
