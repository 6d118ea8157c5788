import type { Connection, ConnectionRef } from '@integrations-kit/client';
import {
  connectionQueryOptions,
  useAuthorize,
  useDeleteConnection,
  useRevoke,
  useToggleConnection,
  useUpdateConnection,
  useVaultClient,
} from '@integrations-kit/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { getDisplayName } from '../card/getDisplayName.js';
import { getAuthorizedToast } from '../oauth/getAuthorizedToast.js';
import { useFlowSuccess } from '../oauth/useFlowSuccess.js';
import { useToast } from '../toast/useToast.js';
import { describeError } from './describeError.js';

/** A failed dialog action, shown inline (with retry when trying again can help). */
export interface ActionFailure {
  title: string;
  message: string;
  retry?: () => void;
}

interface Options {
  redirectUri: string;
  /** Reports a changed connection (the server's answer). */
  notify: (connection: Connection) => void;
  onConnectionDelete?: ((connection: Connection) => void) | undefined;
  /** Runs after a successful delete (the dialog closes). */
  onDeleted: () => void;
}

/**
 * Everything the dialog can do to a connection, each ending in a toast and, on failure, an inline
 * message. Mutations run through `mutateAsync`, so a result still lands (toast, callbacks, caches)
 * when the dialog closed meanwhile.
 */
export function useConnectionActions(connection: Connection, ref: ConnectionRef, options: Options) {
  const { redirectUri, notify, onConnectionDelete, onDeleted } = options;
  const messages = useMessages();
  const m = messages.dialog;
  const { toast } = useToast();
  const client = useVaultClient();
  const queryClient = useQueryClient();
  const name = getDisplayName(connection);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  const toggleMutation = useToggleConnection();
  const deleteMutation = useDeleteConnection();
  const updateMutation = useUpdateConnection();
  const authorizeFlow = useAuthorize(connection, { redirectUri });
  const revokeFlow = useRevoke(connection, { redirectUri });

  // The flows write the caches before they report success, so the cache already holds the result.
  const latest = () => queryClient.getQueryData(connectionQueryOptions(client, ref).queryKey) ?? connection;
  useFlowSuccess(authorizeFlow.status, () => {
    const connected = latest();
    toast(getAuthorizedToast(connected, messages.oauth));
    notify(connected);
  });
  useFlowSuccess(revokeFlow.status, () => {
    toast({ title: messages.oauth.revoke.done(name), tone: 'success' });
    notify(latest());
  });

  const fail = useCallback(
    (title: string, error: unknown, retry: () => void) => {
      const described = describeError(error, m.errors);
      toast({ title, description: described.message, tone: 'danger' });
      setFailure({ title, message: described.message, retry: described.retryable ? retry : undefined });
    },
    [m, toast],
  );

  const setEnabled = useCallback(
    (enabled: boolean) => {
      setFailure(null);
      toggleMutation.mutateAsync({ ...ref, enabled }).then(
        (answer) => {
          toast({ title: enabled ? m.toasts.enabled(name) : m.toasts.disabled(name), tone: 'success' });
          notify(answer);
        },
        (error: unknown) =>
          fail(enabled ? m.toasts.enableFailed(name) : m.toasts.disableFailed(name), error, () => setEnabled(enabled)),
      );
    },
    [toggleMutation.mutateAsync, ref, toast, m, name, notify, fail],
  );

  // Opening an `available` integration adds it for the consumer, as users expect from "open".
  const enable = useCallback(() => {
    setFailure(null);
    updateMutation.mutateAsync({ ...ref, connection: { enabled: true } }).then(notify, (error: unknown) =>
      fail(m.enableFailed(name), error, enable),
    );
  }, [updateMutation.mutateAsync, ref, notify, fail, m, name]);

  const remove = useCallback(
    (onSettled: () => void) => {
      setFailure(null);
      deleteMutation.mutateAsync(ref).then(
        () => {
          onSettled();
          toast({ title: m.toasts.deleted(name), tone: 'success' });
          onDeleted();
          onConnectionDelete?.(connection);
        },
        (error: unknown) => {
          onSettled();
          fail(m.toasts.deleteFailed(name), error, () => remove(() => {}));
        },
      );
    },
    [deleteMutation.mutateAsync, ref, toast, m, name, onDeleted, onConnectionDelete, connection, fail],
  );

  return {
    authorizeFlow,
    revokeFlow,
    setEnabled,
    enable,
    remove,
    enabling: updateMutation.isPending,
    deleting: deleteMutation.isPending,
    failure,
  };
}
