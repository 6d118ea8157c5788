import { lazy, type ComponentType, type ReactElement } from 'react';

/** A lazily loaded component whose `retry()` makes its next render load the code again. */
export interface RetryableLazy<P extends object> {
  (props: P): ReactElement;
  retry: () => void;
}

/**
 * Like `React.lazy`, but a failed load can be tried again: `lazy` keeps a rejected import for
 * good, so `retry()` swaps in a fresh one (call it from an error boundary's Try again).
 *
 * `load` may hand back the component itself when its code is already there (preloaded): it then
 * renders at once. `lazy` given a promise suspends even when that promise has settled, and React
 * holds a Suspense fallback it showed for 300 ms, so a preloaded part would still wait that long.
 */
export function retryableLazy<P extends object>(
  load: () => ComponentType<P> | Promise<ComponentType<P>>,
): RetryableLazy<P> {
  const create = () =>
    lazy(() => {
      const loaded = load();
      if (loaded instanceof Promise) return loaded.then((component) => ({ default: component }));
      // `lazy` reads a thenable that calls back at once as resolved, without suspending.
      const settled = {
        then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: loaded }),
      };
      return settled as unknown as Promise<{ default: ComponentType<P> }>;
    });
  let Current = create();
  const Retryable = (props: P) => <Current {...props} />;
  Retryable.retry = () => {
    Current = create();
  };
  return Retryable;
}
