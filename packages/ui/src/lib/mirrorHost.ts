import { createContext, useCallback, useContext, type RefObject } from 'react';

/** The variables a host themes the kit with (README, "Theming"). */
const themeVariables = [
  'accent',
  'accent-foreground',
  'surface',
  'surface-muted',
  'border',
  'text',
  'text-muted',
  'danger',
  'danger-foreground',
  'success',
  'warning',
  'focus-ring',
  'radius',
  'font',
  'font-size',
].map((name) => `--ik-${name}`);

// Dialogs and the toast region are portaled to <body> (no host `overflow`, `transform` or `z-index`
// can clip or bury them), which takes them away from the ancestors that theme their kit block: a
// host may set `--ik-*`, `.dark` or `dir="rtl"` on any wrapper. The block shares its root element
// here, and each layer copies what is in effect there onto its own root.
export const KitAnchorContext = createContext<RefObject<HTMLElement | null> | null>(null);

/** Copies the host's `--ik-*` values, the resolved colour scheme, the direction and the language at `from` onto `to`. */
function mirrorHost(from: Element, to: HTMLElement): void {
  const computed = getComputedStyle(from);
  for (const name of themeVariables) {
    const value = computed.getPropertyValue(name).trim();
    if (value) to.style.setProperty(name, value);
    else to.style.removeProperty(name);
  }
  to.setAttribute('data-theme', computed.colorScheme === 'dark' ? 'dark' : 'light');
  to.dir = computed.direction === 'rtl' ? 'rtl' : 'ltr';
  const lang = from.closest('[lang]')?.getAttribute('lang');
  if (lang) to.lang = lang;
  else to.removeAttribute('lang');
}

/**
 * Mirrors the host context of the surrounding kit block onto the element it is given: a ref for a
 * layer that mounts when it opens (a dialog), or called from an effect by one that stays mounted
 * (the toast region), which passes its toasts as `refresh` so each change reads the host again.
 * Outside a kit block it does nothing: the layer inherits from <body>.
 */
export function useMirrorHost(refresh?: unknown): (node: HTMLElement | null) => void {
  const anchor = useContext(KitAnchorContext);
  return useCallback(
    (node: HTMLElement | null) => {
      const from = anchor?.current;
      if (node && from) mirrorHost(from, node);
    },
    // `refresh` is the point: a new callback makes React call the ref again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [anchor, refresh],
  );
}
