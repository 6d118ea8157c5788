import { act, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Runs a write that must fail: checks the rejection, then waits for the hook to show it.
 * TanStack Query tells observers on a timer after `mutateAsync` settles, so reading the hook's
 * `error` right after the rejection races it (it can still be `null` on a busy machine).
 */
export async function expectWriteError(
  write: () => Promise<unknown>,
  mutation: () => { isError: boolean; error: unknown },
  expected: Record<string, unknown>,
): Promise<void> {
  await expect(act(write)).rejects.toMatchObject(expected);
  await waitFor(() => expect(mutation().isError).toBe(true));
  expect(mutation().error).toMatchObject(expected);
}
