import { lazy } from 'react';

/**
 * `ConsentView`, loaded when first shown: the dialog's chunk leaves the consent view, its scope
 * list and history out (a host's bundler splits the dynamic import into its own chunk). Render it
 * inside `Suspense`.
 */
export const LazyConsentView = lazy(async () => ({ default: (await import('./ConsentView.js')).ConsentView }));
