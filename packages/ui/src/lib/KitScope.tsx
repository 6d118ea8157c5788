import type { ReactNode, RefObject } from 'react';
import { KitThemeContext, type KitTheme } from './KitThemeContext.js';
import { KitAnchorContext } from './mirrorHost.js';

/** What a kit block hands to the layers it portals: its forced theme and its root element. */
export function KitScope({
  theme,
  anchor,
  children,
}: {
  theme: KitTheme;
  anchor: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  return (
    <KitThemeContext.Provider value={theme}>
      <KitAnchorContext.Provider value={anchor}>{children}</KitAnchorContext.Provider>
    </KitThemeContext.Provider>
  );
}
