import { createContext, useContext } from 'react';
import { defaultPageSettings, type PageSettings } from './resolvePageSettings.js';

/** The page's resolved settings; the kit's defaults outside an `IntegrationsPage`. */
export const PageSettingsContext = createContext<PageSettings>(defaultPageSettings);

/**
 * The settings the page resolved from its props and the session (one object for every feature:
 * the dialog reads `hideGuides` and `isolationMode`; logs and suggestions views will read theirs).
 */
export function usePageSettings(): PageSettings {
  return useContext(PageSettingsContext);
}
