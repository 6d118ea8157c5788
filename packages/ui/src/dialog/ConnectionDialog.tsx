import type { Connection, ConnectionRef } from '@integrations-kit/client';
import { useConnection } from '@integrations-kit/hooks';
import * as Dialog from '@radix-ui/react-dialog';
import { useMemo, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { getDisplayName } from '../connection/getDisplayName.js';
import { useDiscardChangesGuard } from '../primitives/useDiscardChangesGuard.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { ConnectionDialogBody } from './ConnectionDialogBody.js';
import { ConnectionDialogHeader } from './ConnectionDialogHeader.js';
import { ConnectionDialogState } from './ConnectionDialogState.js';
import { DialogLayer } from '../primitives/DialogLayer.js';
import { allConnectionActions, type ConnectionAction } from '../connection/connectionActions.js';
import { connectionMenuItems } from './connectionMenuItems.js';
import { useConnectionActions } from './useConnectionActions.js';
import { useConnectionChangeNotifier } from './useConnectionChangeNotifier.js';
import { useEnableOnOpen } from './useEnableOnOpen.js';
import type { IntegrationEvent, IntegrationView } from '../events/IntegrationEvent.js';
import { usePageSettings } from '../session/usePageSettings.js';
import { useDialogEvents } from './useDialogEvents.js';
import { useInitialView } from './useInitialView.js';

/** Props of `ConnectionDialog`. */
export interface ConnectionDialogProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'title'> {
  /** The connection to show: as returned by the API, or just `{ unifiedApi, serviceId }`. */
  connection: Connection | ConnectionRef;
  open?: boolean;
  defaultOpen?: boolean;
  /**
   * Enable an `available` integration when the dialog opens. Defaults to `true` when a person opens
   * it through `children` (uncontrolled), `false` when `open` is controlled: navigation alone (a
   * deep link) must not write. Without it the dialog offers an Enable button instead.
   */
  enableOnOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog (focus returns to it); optional when `open` is controlled. */
  children?: ReactNode;
  /** Your OAuth callback page (it renders `<OAuthCallback />`). */
  redirectUri: string;
  /** Menu actions offered: `true` (default) for all, `false` for none, or a list. */
  allowActions?: boolean | readonly ConnectionAction[];
  hideResourceSettings?: boolean;
  /** After each change made here (with the server's answer), and once when the connection becomes usable. */
  onConnectionChange?: (connection: Connection) => void;
  /** After the connection was deleted (the dialog closes itself). */
  onConnectionDelete?: (connection: Connection) => void;
  /** The section to scroll to and focus once the connection loaded: `settings`, `resources`, `consent` or `health`. */
  initialView?: IntegrationView;
  /** Every lifecycle event (open, close, connect started / succeeded / failed, settings saved, consent changed, deleted). */
  onEvent?: (event: IntegrationEvent) => void;
}

function toRef(connection: Connection | ConnectionRef): ConnectionRef {
  if ('unifiedApi' in connection) return { unifiedApi: connection.unifiedApi, serviceId: connection.serviceId };
  return { unifiedApi: connection.unified_api ?? '', serviceId: connection.service_id ?? '' };
}

/**
 * A connection's details in a modal: header with status and an actions menu (Re-authorize,
 * Disable/Enable, Disconnect, Delete), sign-in, Settings, Resources and About. Opening an
 * `available` integration from its trigger enables it first (`enableOnOpen`); else it offers Enable. Escape closes the top layer only; focus returns to
 * whatever opened the dialog; actions keep running and report when the dialog closed meanwhile.
 *
 * @example
 * <ConnectionDialog connection={connection} redirectUri={`${location.origin}/oauth/callback`}>
 *   <button>Open {connection.name}</button>
 * </ConnectionDialog>
 */
export function ConnectionDialog(props: ConnectionDialogProps) {
  const {
    connection: given,
    open: openProp,
    defaultOpen = false,
    enableOnOpen = openProp === undefined,
    onOpenChange,
    children,
    redirectUri,
    allowActions: allowed = true,
    hideResourceSettings = false,
    onConnectionChange,
    onConnectionDelete,
    initialView,
    onEvent,
    className,
    ...contentProps
  } = props;
  const allowActions = allowed === true ? allConnectionActions : allowed === false ? [] : allowed;
  const allMessages = useMessages();
  const messages = allMessages.dialog;
  const revokeMessages = allMessages.oauth.revoke;
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const open = openProp ?? uncontrolledOpen;
  const setOpen = (next: boolean) => {
    if (openProp === undefined) setUncontrolledOpen(next);
    onOpenChange?.(next);
  };

  const ref = useMemo(() => toRef(given), [given]);
  const query = useConnection(ref, { enabled: open });
  const fallback: Connection =
    'unifiedApi' in given ? { unified_api: ref.unifiedApi, service_id: ref.serviceId } : given;
  const connection = query.data ?? fallback;
  const loaded = query.data !== undefined && !query.isPlaceholderData;
  const name = getDisplayName(connection);

  const notify = useConnectionChangeNotifier(query.data, onConnectionChange);
  const actions = useConnectionActions(connection, ref, {
    redirectUri,
    notify,
    onConnectionDelete,
    onDeleted: () => {
      // Called after this render, by when `emit` below exists.
      emit({ type: 'deleted', connection });
      setOpen(false);
    },
  });
  const emit = useDialogEvents(ref, { open, connection: query.data, authorizeFlow: actions.authorizeFlow }, onEvent);
  useInitialView(open, loaded, initialView);
  const { hideGuides, isolationMode } = usePageSettings();
  useEnableOnOpen(open && enableOnOpen, loaded ? connection : undefined, actions);

  const guard = useDiscardChangesGuard();
  const dirty = useRef({ settings: false, resources: false });
  const setDirty = (part: 'settings' | 'resources', value: boolean) => {
    dirty.current[part] = value;
    guard.onDirtyChange(dirty.current.settings || dirty.current.resources);
  };

  const [confirm, setConfirm] = useState<'delete' | 'disconnect' | null>(null);
  const menuTriggerRef = useRef<HTMLButtonElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const menuItems = connectionMenuItems(connection, allowActions, actions, setConfirm, messages.actions);

  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? setOpen(true) : guard.requestClose(() => setOpen(false)))}>
      {children ? <Dialog.Trigger asChild>{children}</Dialog.Trigger> : null}
      <DialogLayer
        data-slot="connection-dialog"
        data-connection-state={connection.state}
        className={cn(
          'ik:flex ik:max-h-[min(90vh,--spacing(192))] ik:w-[min(--spacing(160),calc(100vw-(--spacing(6))))] ik:flex-col ik:gap-6 ' +
            'ik:overflow-y-auto ik:sm:p-6',
          className,
        )}
        onOpenAutoFocus={() => {
          // Radix returns focus only to its own Trigger; a card that opened a controlled dialog is not one.
          returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        }}
        onCloseAutoFocus={(event) => {
          const target = returnFocusRef.current;
          if (!target?.isConnected) return;
          event.preventDefault();
          target.focus();
        }}
        {...contentProps}
      >
        <ConnectionDialogHeader
          connection={connection}
          name={name}
          loaded={loaded}
          menuItems={loaded ? menuItems : []}
          menuTriggerRef={menuTriggerRef}
          messages={messages}
        />
        {loaded ? (
          <ConnectionDialogBody
            connection={connection}
            name={name}
            actions={actions}
            canEnable={allowActions.includes('disable')}
            hideResourceSettings={hideResourceSettings}
            hideGuide={hideGuides}
            hideLinks={isolationMode}
            onSaved={(saved) => {
              notify(saved);
              emit({ type: 'settings_saved', connection: saved });
              // Where the connector can check credentials, a save is followed by the check.
              if (saved.validation_support) actions.test();
            }}
            onSettingsDirtyChange={(value) => setDirty('settings', value)}
            onResourcesDirtyChange={(value) => setDirty('resources', value)}
          />
        ) : (
          <ConnectionDialogState query={query} />
        )}
      </DialogLayer>
      <ConfirmDialog
        open={confirm === 'delete'}
        onOpenChange={(value) => setConfirm(value ? 'delete' : null)}
        title={messages.confirmDelete.title(name)}
        description={messages.confirmDelete.body(name)}
        confirmLabel={messages.confirmDelete.confirm(name)}
        cancelLabel={messages.confirmDelete.cancel}
        pendingLabel={messages.confirmDelete.pending}
        pending={actions.deleting}
        onConfirm={() => actions.remove(() => setConfirm(null))}
        returnFocusRef={menuTriggerRef}
      />
      <ConfirmDialog
        open={confirm === 'disconnect'}
        onOpenChange={(value) => setConfirm(value ? 'disconnect' : null)}
        title={revokeMessages.title(name)}
        description={revokeMessages.body(name)}
        confirmLabel={revokeMessages.confirm(name)}
        cancelLabel={revokeMessages.cancel}
        onConfirm={() => {
          actions.revokeFlow.revoke();
          setConfirm(null);
        }}
        returnFocusRef={menuTriggerRef}
      />
      <ConfirmDialog {...guard.promptProps} />
    </Dialog.Root>
  );
}
