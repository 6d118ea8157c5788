import { useContext, useMemo, type ReactNode } from 'react';
import type { Messages } from './messages.js';
import { mergeMessages, type DeepPartial } from './mergeMessages.js';
import { MessagesContext } from './MessagesContext.js';

/** Props of `MessagesProvider`. */
export interface MessagesProviderProps {
  /**
   * Strings to replace, at any depth, over the surrounding provider's (English at the top): a
   * whole locale such as `de` from `@integrations-kit/ui/locales/de`, or single strings.
   */
  messages?: DeepPartial<Messages>;
  children?: ReactNode;
}

/**
 * Supplies the kit's strings to everything below it. Providers nest: an inner one overrides the
 * outer one's strings. There is no global i18n instance, so two kits on one page never collide.
 * Locales are subpath imports, so a host ships only the languages it uses.
 *
 * @example
 * import { de } from '@integrations-kit/ui/locales/de';
 * <MessagesProvider messages={de}>…</MessagesProvider>
 */
export function MessagesProvider({ messages, children }: MessagesProviderProps) {
  const parent = useContext(MessagesContext);
  const value = useMemo(() => mergeMessages(parent, messages), [parent, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}
