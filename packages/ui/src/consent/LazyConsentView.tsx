import { retryableLazy } from '../primitives/retryableLazy.js';

/**
 * `ConsentView`, loaded when first shown: the dialog's chunk leaves the consent view, its scope
 * list and history out (a host's bundler splits the dynamic import into its own chunk). Render it
 * inside `LazyBoundary`.
 */
export const LazyConsentView = retryableLazy(async () => (await import('./ConsentView.js')).ConsentView);
