import type { Connection } from '@integrations-kit/client';
import * as Dialog from '@radix-ui/react-dialog';
import type { RefObject } from 'react';
import { ConnectionStatusBadge } from '../card/ConnectionStatusBadge.js';
import { IntegrationIcon } from '../card/IntegrationIcon.js';
import { CloseIcon } from '../lib/icons.js';
import { ActionsMenu, type ActionsMenuItem } from './ActionsMenu.js';
import type { DialogMessages } from '../i18n/dialogMessages.js';

interface ConnectionDialogHeaderProps {
  connection: Connection;
  name: string;
  /** Whether the connection itself (not just a placeholder) is known, so a status can be shown. */
  loaded: boolean;
  menuItems: ActionsMenuItem[];
  menuTriggerRef: RefObject<HTMLButtonElement | null>;
  messages: DialogMessages;
}

/** Icon, name (the dialog's title), status badge, actions menu and the close button. */
export function ConnectionDialogHeader(props: ConnectionDialogHeaderProps) {
  const { connection, name, loaded, menuItems, menuTriggerRef, messages } = props;
  return (
    <header data-slot="connection-dialog-header" className="ik:flex ik:items-center ik:gap-3">
      <IntegrationIcon name={name} src={connection.icon ?? connection.logo} size="lg" />
      <div className="ik:flex ik:min-w-0 ik:flex-1 ik:flex-col ik:items-start ik:gap-1">
        {/* A long name is cut to one line (full text as its tooltip), never under the buttons beside it. */}
        <Dialog.Title title={name} className="ik:max-w-full ik:truncate ik:text-lg ik:font-semibold ik:text-fg">
          {name}
        </Dialog.Title>
        {loaded ? <ConnectionStatusBadge connection={connection} /> : null}
        <Dialog.Description className="ik:sr-only">{messages.description(name)}</Dialog.Description>
      </div>
      <ActionsMenu label={messages.actionsMenu(name)} items={menuItems} triggerRef={menuTriggerRef} />
      <Dialog.Close
        aria-label={messages.close}
        className={
          'ik:inline-flex ik:size-9 ik:shrink-0 ik:items-center ik:justify-center ik:rounded-kit ik:text-fg-muted ' +
          'ik:hover:bg-surface-muted ik:focus-visible:outline-2 ik:focus-visible:outline-ring'
        }
      >
        <CloseIcon width="18" height="18" className="ik:size-4.5" />
      </Dialog.Close>
    </header>
  );
}
