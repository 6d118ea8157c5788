import { retryableLazy } from '../primitives/retryableLazy.js';

/**
 * `ConnectionActivityLog`, loaded when first shown: the dialog's chunk leaves the activity log out
 * (a host's bundler splits the dynamic import into its own chunk). Render it inside `LazyBoundary`.
 */
export const LazyConnectionActivityLog = retryableLazy(
  async () => (await import('./ConnectionActivityLog.js')).ConnectionActivityLog,
);
