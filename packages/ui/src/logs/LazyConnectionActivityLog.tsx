import { lazy } from 'react';

/**
 * `ConnectionActivityLog`, loaded when first shown: the dialog's chunk leaves the activity log out
 * (a host's bundler splits the dynamic import into its own chunk). Render it inside `Suspense`.
 */
export const LazyConnectionActivityLog = lazy(async () => ({
  default: (await import('./ConnectionActivityLog.js')).ConnectionActivityLog,
}));
