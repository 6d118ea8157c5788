import { createContext, useContext } from 'react';
import { cn } from './cn.js';

/** A forced colour scheme for the kit, or `system` to follow the host's `dark` class / the OS. */
export type KitTheme = 'light' | 'dark' | 'system';

// Portaled layers (dialog, menus, toasts) leave the page's `.ik-root` in the DOM, so they read the
// theme from here to carry the same class.
export const KitThemeContext = createContext<KitTheme>('system');

const themeClassName: Record<KitTheme, string | undefined> = {
  light: 'light',
  dark: 'dark',
  system: undefined,
};

/** The class list for an element that starts a kit scope (a block's root or a portal's content). */
export function useRootClassName(className?: string): string {
  const theme = useContext(KitThemeContext);
  return cn('ik-root', themeClassName[theme], className);
}

/** The class list for a kit root with an explicit theme (the element that provides the theme). */
export function rootClassName(theme: KitTheme, className?: string): string {
  return cn('ik-root', themeClassName[theme], className);
}
