import { act, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

// TanStack Query tells observers of a settled write on a timer, after `mutateAsync` has settled:
// the cache writes of `onSuccess` first, then the mutation's own state. Reading a hook right after
// the promise races that timer (a busy machine loses it), so both helpers wait for the hook's
// mutation to show the outcome, by which time every cache write before it has reached the hooks too.

/** Runs a write that must succeed and resolves with its result once the hooks show it. */
export async function settleWrite<T>(write: () => Promise<T>, mutation: () => { isSuccess: boolean }): Promise<T> {
  const data = await act(write);
  await waitFor(() => expect(mutation().isSuccess).toBe(true));
  return data;
}

/** Runs a write that must fail: checks the rejection, then waits for the hook to show it. */
export async function expectWriteError(
  write: () => Promise<unknown>,
  mutation: () => { isError: boolean; error: unknown },
  expected: Record<string, unknown>,
): Promise<void> {
  // The rejection is caught inside `act`: an `act` that rejects leaves React 18's act queue
  // unflushed, and the hook would never show the error.
  const failure = await act(() =>
    write().then(
      () => new Error('the write succeeded'),
      (error: unknown) => error,
    ),
  );
  expect(failure).toMatchObject(expected);
  await waitFor(() => expect(mutation().isError).toBe(true));
  expect(mutation().error).toMatchObject(expected);
}
