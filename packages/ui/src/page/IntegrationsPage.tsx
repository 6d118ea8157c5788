import type { Connection } from '@integrations-kit/client';
import { useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { IntegrationsGrid } from '../grid/IntegrationsGrid.js';
import type { Locale, Messages } from '../i18n/messages.js';
import type { DeepPartial } from '../i18n/mergeMessages.js';
import { MessagesProvider } from '../i18n/MessagesProvider.js';
import { KitThemeContext, rootClassName, type KitTheme } from '../lib/KitThemeContext.js';
import { useStableCallback } from '../lib/useStableCallback.js';
import { Toaster } from '../toast/Toaster.js';
import { ToastProvider } from '../toast/ToastProvider.js';
import { useFocusReturn } from './useFocusReturn.js';

/** Props of `IntegrationsPage`. */
export interface IntegrationsPageProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Show only these unified APIs, e.g. `['crm', 'accounting']`. */
  unifiedApis?: readonly string[];
  /** Show only this service, e.g. `salesforce`. */
  serviceId?: string;
  /** Offer delete, disconnect, re-authorize and disable/enable in the dialog (default `true`). */
  allowActions?: boolean;
  /** Leave the Resources section out of the dialog. */
  hideResourceSettings?: boolean;
  /** Called after each change to a connection, and once when one becomes usable. */
  onConnectionChange?: (connection: Connection) => void;
  /** Called after a connection was deleted. */
  onConnectionDelete?: (connection: Connection) => void;
  /** Your OAuth callback route (renders `OAuthCallback`); defaults to the current page's origin + `/oauth/callback`. */
  redirectUri?: string;
  /** Strings to replace, at any depth. */
  messages?: DeepPartial<Messages>;
  /** A shipped locale to start from (default English). */
  locale?: Locale;
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
  locale,
  theme = 'system',
  className,
  ...props
}: IntegrationsPageProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Connection | null>(null);
  const focus = useFocusReturn(rootRef);
  const open = useStableCallback((connection: Connection) => {
    focus.remember(connection.id);
    setSelected(connection);
  });

  return (
    <KitThemeContext.Provider value={theme}>
      <MessagesProvider locale={locale} messages={messages}>
        <ToastProvider>
          <div ref={rootRef} data-slot="integrations-page" className={rootClassName(theme, className)} {...props}>
            <IntegrationsGrid unifiedApis={unifiedApis} serviceId={serviceId} onSelect={open} />
          </div>
          <Toaster />
        </ToastProvider>
      </MessagesProvider>
    </KitThemeContext.Provider>
  );
}
