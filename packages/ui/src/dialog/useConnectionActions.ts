import type { Connection, ConnectionRef } from '@integrations-kit/client';
import {
  useAuthorize,
  useDeleteConnection,
  useRevoke,
  useToggleConnection,
  useUpdateConnection,
  useValidateConnection,
} from '@integrations-kit/hooks';
import { useCallback, useRef, useState } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { getDisplayName } from '../connection/getDisplayName.js';
import { useFlowToast } from '../oauth/useFlowToast.js';
import { useToast } from '../toast/useToast.js';
import { describeError } from '../errors/describeError.js';

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
  const name = getDisplayName(connection);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  // The last "Test connection" that passed, said inline until the next action.
  const [passed, setPassed] = useState<string | null>(null);

  const { mutateAsync: toggle } = useToggleConnection();
  const { mutateAsync: destroy, isPending: deleting } = useDeleteConnection();
  const { mutateAsync: update, isPending: enabling } = useUpdateConnection();
  const { mutateAsync: validate, isPending: testing } = useValidateConnection();
  const authorized = useFlowToast('authorize', connection, notify);
  const revoked = useFlowToast('revoke', connection, notify);
  const authorizeFlow = useAuthorize(connection, { redirectUri, onSuccess: authorized });
  const revokeFlow = useRevoke(connection, { redirectUri, onSuccess: revoked });

  // Actions whose request is out. A click lands before React re-renders the button as busy, so
  // the guard is a ref checked at the click, not the mutation's `isPending`.
  const inFlight = useRef(new Set<string>());

  // Clears the last failure and sends the request, unless the same action is still in flight (a
  // double click sends one request). A failure is toasted and shown inline with a retry that sends
  // it again (without `onSettled`: that belongs to the first attempt only).
  const run = useCallback(
    <T>(
      action: string,
      request: () => Promise<T>,
      onDone: (answer: T) => void,
      failTitle: string,
      onSettled?: () => void,
    ) => {
      const attempt = (settled?: () => void) => {
        if (inFlight.current.has(action)) return;
        inFlight.current.add(action);
        setFailure(null);
        setPassed(null);
        request()
          .finally(() => inFlight.current.delete(action))
          .then(
            (answer) => {
              settled?.();
              onDone(answer);
            },
            (error: unknown) => {
              settled?.();
              const { message, retryable } = describeError(error, m.errors);
              toast({ title: failTitle, description: message, tone: 'danger' });
              setFailure({ title: failTitle, message, retry: retryable ? () => attempt() : undefined });
            },
          );
      };
      attempt(onSettled);
    },
    [m, toast],
  );

  const setEnabled = useCallback(
    (enabled: boolean) =>
      run(
        `enabled:${enabled}`,
        () => toggle({ ...ref, enabled }),
        (answer) => {
          toast({ title: enabled ? m.toasts.enabled(name) : m.toasts.disabled(name), tone: 'success' });
          notify(answer);
        },
        enabled ? m.toasts.enableFailed(name) : m.toasts.disableFailed(name),
      ),
    [run, toggle, ref, toast, m, name, notify],
  );

  // Opening an `available` integration adds it for the consumer, as users expect from "open".
  const enable = useCallback(
    () => run('enable', () => update({ ...ref, connection: { enabled: true } }), notify, m.enableFailed(name)),
    [run, update, ref, notify, m, name],
  );

  const remove = useCallback(
    (onSettled: () => void) =>
      run(
        'delete',
        () => destroy(ref),
        () => {
          toast({ title: m.toasts.deleted(name), tone: 'success' });
          onDeleted();
          onConnectionDelete?.(connection);
        },
        m.toasts.deleteFailed(name),
        onSettled,
      ),
    [run, destroy, ref, toast, m, name, onDeleted, onConnectionDelete, connection],
  );

  // "Test connection": the outcome inline and as a toast; a failure says why and changes nothing the user typed.
  const test = useCallback(
    () =>
      run(
        'test',
        () => validate(ref),
        (answer) => {
          const said = messages.health.passed(name);
          toast({ title: said, tone: 'success' });
          setPassed(said);
          notify(answer);
        },
        messages.health.failed(name),
      ),
    [run, validate, ref, messages, name, toast, notify],
  );

  return {
    test,
    testing,
    passed,
    authorizeFlow,
    revokeFlow,
    setEnabled,
    enable,
    remove,
    enabling,
    deleting,
    failure,
  };
}
