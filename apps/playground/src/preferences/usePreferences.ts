import { createContext, useContext } from 'react';

/** The host app's own display settings; the kit follows them through CSS variables and `messages`. */
export interface Preferences {
  accent: string;
  colorScheme: 'light' | 'dark' | 'system';
  locale: 'en' | 'de';
}

export interface PreferencesValue extends Preferences {
  update: (patch: Partial<Preferences>) => void;
  /** Whether dark mode is in effect after resolving `system`. */
  dark: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { accent: '#4f46e5', colorScheme: 'light', locale: 'en' };

export const PreferencesContext = createContext<PreferencesValue | null>(null);

/** Reads the preferences set by `PreferencesProvider`. */
export function usePreferences(): PreferencesValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences must be used inside <PreferencesProvider>');
  return value;
}
