import { isSafeUrl, type SessionSettings } from '@integrations-kit/client';
import type { ConnectionAction } from '../connection/connectionActions.js';
import { isCssColor } from './isCssColor.js';

/** The consumer a page shows in its card: any of account, user, email and avatar image. */
export interface PageConsumer {
  account_name?: string;
  user_name?: string;
  email?: string;
  /** Shown only when safe (https, http on localhost, or a `data:image/…` URL). */
  image?: string;
}

/** The page props that override what the session says (README, "Session settings"). */
export interface PageSettingsProps {
  unifiedApis?: readonly string[] | undefined;
  hideResourceSettings?: boolean | undefined;
  allowActions?: boolean | readonly ConnectionAction[] | undefined;
  showLogs?: boolean | undefined;
  /** Show the dialog's Field mapping section, where the user maps their own fields (default `true`). */
  showFieldMapping?: boolean | undefined;
  showSuggestions?: boolean | undefined;
  hideGuides?: boolean | undefined;
  sandboxMode?: boolean | undefined;
  isolationMode?: boolean | undefined;
  /** The consumer card's content, or `null` for no card whatever the session says. */
  consumer?: PageConsumer | null | undefined;
  title?: string | undefined;
  privacyUrl?: string | undefined;
  termsUrl?: string | undefined;
}

/**
 * What the page and its parts honour, decided once from the page's props and the session's
 * settings: a prop wins where both are given; the session's value applies otherwise; the kit's
 * default last. Features read it through `usePageSettings()`; `showSuggestions` is resolved for a
 * suggestions view the page does not have yet.
 */
export interface PageSettings {
  /** Unified APIs the grid shows; `undefined` for all. */
  unifiedApis: readonly string[] | undefined;
  hideResourceSettings: boolean;
  allowActions: boolean | readonly ConnectionAction[];
  showLogs: boolean;
  showFieldMapping: boolean;
  showSuggestions: boolean;
  hideGuides: boolean;
  sandboxMode: boolean;
  /** Only the connections: no consumer card, footer links or links away from the page. */
  isolationMode: boolean;
  consumer: PageConsumer | undefined;
  /** The session's `primary_color`, when a valid CSS colour; set as `--ik-accent` on the page root. */
  accentColor: string | undefined;
  title: string | undefined;
  privacyUrl: string | undefined;
  termsUrl: string | undefined;
}

const settingsPropNames = [
  'unifiedApis',
  'hideResourceSettings',
  'allowActions',
  'showLogs',
  'showFieldMapping',
  'showSuggestions',
  'hideGuides',
  'sandboxMode',
  'isolationMode',
  'consumer',
  'title',
  'privacyUrl',
  'termsUrl',
] as const satisfies readonly (keyof PageSettingsProps)[];

/** Splits a component's props into the settings props and the rest (to spread on its element). */
export function takePageSettingsProps<P extends PageSettingsProps>(
  props: P,
): [PageSettingsProps, Omit<P, (typeof settingsPropNames)[number]>] {
  const rest: Record<string, unknown> = { ...(props as Record<string, unknown>) };
  const taken: Record<string, unknown> = {};
  for (const name of settingsPropNames) {
    taken[name] = rest[name];
    delete rest[name];
  }
  return [taken as PageSettingsProps, rest as Omit<P, (typeof settingsPropNames)[number]>];
}

/** The settings of a page with neither props nor session settings: the kit's defaults. */
export const defaultPageSettings = resolvePageSettings({}, { settings: {}, theme: {}, consumer_metadata: {} });

/** Merges the page's props over the session's settings (see {@link PageSettings}). */
export function resolvePageSettings(props: PageSettingsProps, session: SessionSettings): PageSettings {
  const { settings, theme } = session;
  const sessionApis = settings.unified_apis?.length ? settings.unified_apis : undefined;
  const consumer = props.consumer === undefined ? session.consumer_metadata : (props.consumer ?? {});
  const privacyUrl = props.privacyUrl ?? theme.privacy_url;
  const termsUrl = props.termsUrl ?? theme.terms_url;
  return {
    unifiedApis: props.unifiedApis ?? sessionApis,
    hideResourceSettings: props.hideResourceSettings ?? settings.hide_resource_settings ?? false,
    allowActions: props.allowActions ?? settings.allow_actions ?? true,
    showLogs: props.showLogs ?? settings.show_logs ?? true,
    showFieldMapping: props.showFieldMapping ?? true,
    showSuggestions: props.showSuggestions ?? settings.show_suggestions ?? false,
    hideGuides: props.hideGuides ?? settings.hide_guides ?? false,
    sandboxMode: props.sandboxMode ?? settings.sandbox_mode ?? false,
    isolationMode: props.isolationMode ?? settings.isolation_mode ?? false,
    consumer: shownConsumer(consumer),
    accentColor: theme.primary_color && isCssColor(theme.primary_color) ? theme.primary_color : undefined,
    title: props.title ?? theme.vault_name,
    privacyUrl: privacyUrl && isSafeUrl(privacyUrl) ? privacyUrl : undefined,
    termsUrl: termsUrl && isSafeUrl(termsUrl) ? termsUrl : undefined,
  };
}

// A card needs a name or an email to say whose it is; an unsafe image is left out, the rest stays.
function shownConsumer({ image, ...text }: PageConsumer): PageConsumer | undefined {
  if (!text.account_name && !text.user_name && !text.email) return undefined;
  return image && isSafeUrl(image, { allowImageData: true }) ? { ...text, image } : text;
}
