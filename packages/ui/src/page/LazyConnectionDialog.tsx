import { retryableLazy } from '../primitives/retryableLazy.js';
import type { ConnectionDialog } from '../dialog/ConnectionDialog.js';

// Type-only: the module itself is loaded by the dynamic import below, never statically.
interface DialogModule {
  ConnectionDialog: typeof ConnectionDialog;
}

let loading: Promise<DialogModule> | undefined;
// The module once its load finished, so the dialog's first open renders it without suspending.
let loaded: DialogModule | undefined;

/**
 * Starts loading the connection dialog's code (once; later calls share the load). The page calls
 * it when a card is hovered or focused and when the browser is idle after the grid painted, so a
 * click waits on nothing while the first load stays small.
 */
export function preloadConnectionDialog(): Promise<DialogModule> {
  loading ??= import('../dialog/ConnectionDialog.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A failed load (a deploy replaced the chunk, a flaky network) may be tried again: the next
      // preload, or the page's Try again (which also gives the lazy component a fresh load).
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * `ConnectionDialog`, loaded on demand: the page's first load leaves the dialog, its forms and the
 * OAuth flow out (a host's bundler splits the dynamic import into its own chunk). Render it inside
 * `LazyBoundary`.
 */
export const LazyConnectionDialog = retryableLazy(
  () => loaded?.ConnectionDialog ?? preloadConnectionDialog().then((module) => module.ConnectionDialog),
);
