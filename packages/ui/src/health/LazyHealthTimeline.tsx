import { retryableLazy } from '../primitives/retryableLazy.js';

/**
 * `HealthTimeline`, loaded when first shown: the dialog's chunk leaves the timeline and its
 * relative-time wording out (a host's bundler splits the dynamic import into its own chunk).
 * Render it inside `LazyBoundary`.
 */
export const LazyHealthTimeline = retryableLazy(async () => (await import('./HealthTimeline.js')).HealthTimeline);
