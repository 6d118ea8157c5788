import { lazy, type ComponentType, type ReactElement } from 'react';

/** A lazily loaded component whose `retry()` makes its next render load the code again. */
export interface RetryableLazy<P extends object> {
  (props: P): ReactElement;
  retry: () => void;
}

/**
 * Like `React.lazy`, but a failed load can be tried again: `lazy` keeps a rejected import for
 * good, so `retry()` swaps in a fresh one (call it from an error boundary's Try again).
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): RetryableLazy<P> {
  const create = () => lazy(async () => ({ default: await load() }));
  let Current = create();
  const Retryable = (props: P) => <Current {...props} />;
  Retryable.retry = () => {
    Current = create();
  };
  return Retryable;
}
