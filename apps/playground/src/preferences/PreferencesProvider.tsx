import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { DEFAULT_PREFERENCES, PreferencesContext, type Preferences } from './usePreferences.js';

const STORAGE_KEY = 'acme:preferences';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function load(): Preferences {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    return stored && typeof stored === 'object' ? { ...DEFAULT_PREFERENCES, ...stored } : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

function subscribeToSystemScheme(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * Holds the accent colour, colour scheme and locale, and applies the first two the way a host would:
 * a `dark`/`light` class on <html> and an `--acme-accent` variable that app.css hands to the kit.
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [preferences, setPreferences] = useState(load);
  const systemDark = useSyncExternalStore(subscribeToSystemScheme, () => window.matchMedia(DARK_QUERY).matches);
  const dark = preferences.colorScheme === 'system' ? systemDark : preferences.colorScheme === 'dark';

  useEffect(() => {
    const html = document.documentElement;
    // Always one of the two classes: without `light` the kit would follow the OS setting and could
    // turn dark inside a light Acme.
    html.classList.toggle('dark', dark);
    html.classList.toggle('light', !dark);
    html.style.colorScheme = dark ? 'dark' : 'light';
    html.style.setProperty('--acme-accent', preferences.accent);
    html.lang = preferences.locale;
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences));
  }, [preferences, dark]);

  const value = useMemo(
    () => ({
      ...preferences,
      dark,
      update: (patch: Partial<Preferences>) => setPreferences((p) => ({ ...p, ...patch })),
    }),
    [preferences, dark],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}
