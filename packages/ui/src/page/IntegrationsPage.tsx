import type { Connection } from '@integrations-kit/client';
import { useSession } from '@integrations-kit/hooks';
import { useEffect, useRef, type ComponentPropsWithoutRef, type CSSProperties } from 'react';
import type { ConnectionAction } from '../connection/connectionActions.js';
import type { IntegrationEvent, IntegrationEventTarget, IntegrationView } from '../events/IntegrationEvent.js';
import { IntegrationsGrid } from '../grid/IntegrationsGrid.js';
import type { Messages } from '../i18n/messages.js';
import type { DeepPartial } from '../i18n/mergeMessages.js';
import { MessagesProvider } from '../i18n/MessagesProvider.js';
import { cn } from '../lib/cn.js';
import { KitScope } from '../lib/KitScope.js';
import { LazyBoundary } from '../primitives/LazyBoundary.js';
import { rootClassName, type KitTheme } from '../lib/KitThemeContext.js';
import { useStableCallback } from '../lib/useStableCallback.js';
import { Toaster } from '../toast/Toaster.js';
import { ToastProvider } from '../toast/ToastProvider.js';
import { LazyConnectionDialog, preloadConnectionDialog } from './LazyConnectionDialog.js';
import { usePairedOpenEvents } from './usePairedOpenEvents.js';
import { useFocusReturn } from './useFocusReturn.js';
import { resolvePageSettings, takePageSettingsProps, type PageSettingsProps } from '../session/resolvePageSettings.js';
import { PageSettingsContext } from '../session/usePageSettings.js';
import { SessionChrome } from '../session/SessionChrome.js';
import { useDeepLink } from './useDeepLink.js';
import { getReadableForeground } from '../session/getReadableForeground.js';

/** Props of `IntegrationsPage`. */
export interface IntegrationsPageProps
  extends
    Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'title'>,
    Omit<PageSettingsProps, 'unifiedApis' | 'allowActions' | 'hideResourceSettings'> {
  /** Show only these unified APIs, e.g. `['crm', 'accounting']` (else the session's `unified_apis`). */
  unifiedApis?: readonly string[];
  /** Show only this service, e.g. `salesforce`; with `unifiedApi`, open its dialog instead (a deep link). */
  serviceId?: string;
  /** With `serviceId`: the connection whose dialog the page opens, e.g. `crm`. */
  unifiedApi?: string;
  /** The dialog section a deep link opens on: `settings`, `resources`, `consent` or `health`. */
  initialView?: IntegrationView;
  /** Whether the dialog is open (controlled); defaults to open when a deep link is given. */
  open?: boolean;
  /** Called when the dialog should open (with the integration a card chose) or close (with `null`). */
  onOpenChange?: (open: boolean, integration: IntegrationEventTarget | null) => void;
  /** Every lifecycle event: open, close, connect started / succeeded / failed, settings saved, consent changed, deleted. */
  onEvent?: (event: IntegrationEvent) => void;
  /** Dialog menu actions: `true` (default) for all, `false` for none, or a list of `test`, `reauthorize`, `disable`, `disconnect`, `delete`. */
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
export function IntegrationsPage(allProps: IntegrationsPageProps) {
  const [settingsProps, pageProps] = takePageSettingsProps(allProps);
  const {
    serviceId,
    unifiedApi,
    initialView,
    open: openProp,
    onOpenChange,
    onEvent,
    onConnectionChange,
    onConnectionDelete,
    redirectUri,
    messages,
    theme = 'system',
    className,
    style,
    ...props
  } = pageProps;
  const session = useSession();
  const settings = resolvePageSettings(settingsProps, session);
  const rootRef = useRef<HTMLDivElement>(null);
  const focus = useFocusReturn(rootRef);
  // The dialog stays mounted after closing, so an action still running reports when it ends.
  const link = useDeepLink({
    serviceId,
    unifiedApi,
    initialView,
    unifiedApis: settings.unifiedApis,
    open: openProp,
    onOpenChange,
  });
  const { selected, open, setOpen } = link;
  const reportEvent = usePairedOpenEvents(onEvent);
  const select = useStableCallback((connection: Connection) => {
    focus.remember(connection.id);
    link.select(connection);
  });
  // The session's accent sits on the page root, where the host's own `--ik-accent` in `style` still wins.
  // With a readable text colour on it in both themes (the dark theme's default is dark text).
  const rootStyle = settings.accentColor
    ? ({
        '--ik-accent': settings.accentColor,
        '--ik-accent-foreground': getReadableForeground(settings.accentColor),
        ...style,
      } as CSSProperties)
    : style;
  // The dialog's code is its own chunk: fetched when a card is hovered or focused, or once the
  // browser is idle after the grid painted, whichever comes first.
  useEffect(() => whenIdle(() => void preloadConnectionDialog().catch(() => {})), []);

  return (
    <KitScope theme={theme} anchor={rootRef}>
      <PageSettingsContext.Provider value={settings}>
        <MessagesProvider messages={messages}>
          <ToastProvider>
            <div
              ref={rootRef}
              data-slot="integrations-page"
              className={rootClassName(theme, cn('ik:flex ik:flex-col ik:gap-4', className))}
              style={rootStyle}
              // A locale's tag names the page's language (screen readers pick a voice by it); without
              // one the host's `lang` applies.
              lang={messages?.locale}
              {...props}
            >
              <SessionChrome settings={settings}>
                <IntegrationsGrid
                  unifiedApis={settings.unifiedApis}
                  serviceId={unifiedApi ? undefined : serviceId}
                  onSelect={select}
                  onPrefetch={preloadDialog}
                />
              </SessionChrome>
            </div>
            {selected ? (
              <LazyBoundary retry={LazyConnectionDialog.retry}>
                <LazyConnectionDialog
                  key={`${selected.unifiedApi}+${selected.serviceId}`}
                  connection={selected.connection ?? selected}
                  open={open}
                  enableOnOpen={selected.byClick === true}
                  onOpenChange={(next) => {
                    setOpen(next);
                    if (!next) focus.restore();
                  }}
                  redirectUri={redirectUri}
                  allowActions={settings.allowActions}
                  hideResourceSettings={settings.hideResourceSettings}
                  initialView={selected.view}
                  onEvent={reportEvent}
                  onConnectionChange={onConnectionChange}
                  onConnectionDelete={onConnectionDelete}
                />
              </LazyBoundary>
            ) : null}
            <Toaster />
          </ToastProvider>
        </MessagesProvider>
      </PageSettingsContext.Provider>
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
