import type { Connection } from '@integrations-kit/client';
import { Suspense, useEffect, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import type { ConnectionAction } from '../dialog/connectionMenuItems.js';
import { IntegrationsGrid } from '../grid/IntegrationsGrid.js';
import type { Messages } from '../i18n/messages.js';
import type { DeepPartial } from '../i18n/mergeMessages.js';
import { MessagesProvider } from '../i18n/MessagesProvider.js';
import { KitScope } from '../lib/KitScope.js';
import { rootClassName, type KitTheme } from '../lib/KitThemeContext.js';
import { useStableCallback } from '../lib/useStableCallback.js';
import { Toaster } from '../toast/Toaster.js';
import { ToastProvider } from '../toast/ToastProvider.js';
import { LazyConnectionDialog, preloadConnectionDialog } from './LazyConnectionDialog.js';
import { useFocusReturn } from './useFocusReturn.js';

/** Props of `IntegrationsPage`. */
export interface IntegrationsPageProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Show only these unified APIs, e.g. `['crm', 'accounting']`. */
  unifiedApis?: readonly string[];
  /** Show only this service, e.g. `salesforce`. */
  serviceId?: string;
  /** Dialog menu actions: `true` (default) for all, `false` for none, or a list of `reauthorize`, `disable`, `disconnect`, `delete`. */
  allowActions?: boolean | readonly ConnectionAction[];
  /** Leave the Resources section out of the dialog. */
  hideResourceSettings?: boolean;
  /** Called after each change to a connection, and once when one becomes usable. */
  onConnectionChange?: (connection: Connection) => void;
  /** Called after a connection was deleted. */
  onConnectionDelete?: (connection: Connection) => void;
  /** Your OAuth callback page, which renders `<OAuthCallback />` (an allowed redirect URI of your Apideck app). */
  redirectUri: string;
  /** Strings to replace, at any depth: a whole locale (`de` from `@integrations-kit/ui/locales/de`) or single strings. */
  messages?: DeepPartial<Messages>;
  /** Force light or dark; `system` (default) follows a `dark` class/attribute on an ancestor, else the OS. */
  theme?: KitTheme;
}

/**
 * The whole integrations page: searchable grid, connection dialog, confirmations and toasts.
 * Needs a `VaultProvider` above it and `@integrations-kit/ui/styles.css` loaded.
 *
 * @example
 * <VaultProvider token={sessionToken}>
 *   <IntegrationsPage redirectUri="https://app.example.com/oauth/callback" unifiedApis={['crm']} />
 * </VaultProvider>
 */
export function IntegrationsPage({
  unifiedApis,
  serviceId,
  allowActions = true,
  hideResourceSettings = false,
  onConnectionChange,
  onConnectionDelete,
  redirectUri,
  messages,
  theme = 'system',
  className,
  ...props
}: IntegrationsPageProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  // The dialog stays mounted after closing, so an action still running reports when it ends.
  const [selected, setSelected] = useState<Connection | null>(null);
  const [open, setOpen] = useState(false);
  const focus = useFocusReturn(rootRef);
  const select = useStableCallback((connection: Connection) => {
    focus.remember(connection.id);
    setSelected(connection);
    setOpen(true);
  });
  // The dialog's code is its own chunk: fetched when a card is hovered or focused, or once the
  // browser is idle after the grid painted, whichever comes first.
  useEffect(() => whenIdle(() => void preloadConnectionDialog().catch(() => {})), []);

  return (
    <KitScope theme={theme} anchor={rootRef}>
      <MessagesProvider messages={messages}>
        <ToastProvider>
          <div ref={rootRef} data-slot="integrations-page" className={rootClassName(theme, className)} {...props}>
            <IntegrationsGrid
              unifiedApis={unifiedApis}
              serviceId={serviceId}
              onSelect={select}
              onPrefetch={preloadDialog}
            />
          </div>
          {selected ? (
            <Suspense fallback={null}>
              <LazyConnectionDialog
                key={`${selected.unified_api}+${selected.service_id}`}
                connection={selected}
                open={open}
                onOpenChange={(next) => {
                  setOpen(next);
                  if (!next) focus.restore();
                }}
                redirectUri={redirectUri}
                allowActions={allowActions}
                hideResourceSettings={hideResourceSettings}
                onConnectionChange={onConnectionChange}
                onConnectionDelete={onConnectionDelete}
              />
            </Suspense>
          ) : null}
          <Toaster />
        </ToastProvider>
      </MessagesProvider>
    </KitScope>
  );
}

function preloadDialog() {
  void preloadConnectionDialog().catch(() => {});
}

/** Runs `task` when the browser is idle (soon after, where `requestIdleCallback` is missing); returns the cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
