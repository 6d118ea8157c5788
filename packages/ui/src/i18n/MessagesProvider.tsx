import { useContext, useMemo, type ReactNode } from 'react';
import { deMessages } from './de.js';
import { enMessages, type Locale, type Messages } from './messages.js';
import { mergeMessages, type DeepPartial } from './mergeMessages.js';
import { MessagesContext } from './MessagesContext.js';

const locales: Record<Locale, Messages> = { en: enMessages, de: deMessages };

/** Props of `MessagesProvider`. */
export interface MessagesProviderProps {
  /** A shipped locale to start from; without it the surrounding provider's strings (English at the top). */
  locale?: Locale;
  /** Strings to replace, at any depth. */
  messages?: DeepPartial<Messages>;
  children?: ReactNode;
}

/**
 * Supplies the kit's strings to everything below it. Providers nest: an inner one overrides the
 * outer one's strings. There is no global i18n instance, so two kits on one page never collide.
 *
 * @example <MessagesProvider locale="de" messages={{ grid: { retry: 'Neu laden' } }}>…</MessagesProvider>
 */
export function MessagesProvider({ locale, messages, children }: MessagesProviderProps) {
  const parent = useContext(MessagesContext);
  const base = locale ? locales[locale] : parent;
  const value = useMemo(() => mergeMessages(base, messages), [base, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}
