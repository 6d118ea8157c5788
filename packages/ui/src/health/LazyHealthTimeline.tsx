import { lazy } from 'react';

/**
 * `HealthTimeline`, loaded when first shown: the dialog's chunk leaves the timeline and its
 * relative-time wording out (a host's bundler splits the dynamic import into its own chunk).
 * Render it inside `Suspense`.
 */
export const LazyHealthTimeline = lazy(async () => ({ default: (await import('./HealthTimeline.js')).HealthTimeline }));
