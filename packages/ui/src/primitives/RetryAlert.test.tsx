import { QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { createTestQueryClient, renderWithKit } from '../test/render.js';
import { RetryAlert } from './RetryAlert.js';
import { useHeldError, useQueryRetry } from './useHeldError.js';

/** A stand-in for the network: each call waits until the test settles it. */
function calls() {
  const pending: Array<{ resolve: (value: string) => void; reject: (error: Error) => void }> = [];
  return {
    run: () => new Promise<string>((resolve, reject) => void pending.push({ resolve, reject })),
    get count() {
      return pending.length;
    },
    /** Settles call `index`; the screen shows it a moment later (find it with `findBy…`). */
    settle: (index: number, outcome: string | Error) => {
      const call = pending[index];
      if (!call) throw new Error(`no call ${index}`);
      if (outcome instanceof Error) call.reject(outcome);
      else call.resolve(outcome);
    },
  };
}

type Calls = ReturnType<typeof calls>;

function Save({ network }: { network: Calls }) {
  const save = useMutation({ mutationFn: network.run });
  const failed = useHeldError(save.error, save.isPending);
  return (
    <>
      <button type="button" onClick={() => save.mutate()}>
        Save
      </button>
      {failed ? (
        <RetryAlert busy={save.isPending} onRetry={() => save.mutate()}>
          {failed.message}
        </RetryAlert>
      ) : null}
      {save.isSuccess ? <p>{save.data}</p> : null}
    </>
  );
}

function List({ network }: { network: Calls }) {
  const query = useQuery({ queryKey: ['list'], queryFn: network.run });
  const list = useQueryRetry(query);
  return (
    <>
      {list.error ? (
        <RetryAlert busy={list.retrying} onRetry={() => void query.refetch()}>
          {list.error.message}
        </RetryAlert>
      ) : null}
      {query.data ? <p>{query.data}</p> : null}
    </>
  );
}

function renderWithQueries(ui: ReactElement, options?: { locale?: 'de' }) {
  return renderWithKit(<QueryClientProvider client={createTestQueryClient()}>{ui}</QueryClientProvider>, options);
}

describe('RetryAlert with useHeldError', () => {
  it('keeps the failure while Try again runs, its button focused and busy, ignores presses, and clears on success', async () => {
    const network = calls();
    const { user } = renderWithQueries(<Save network={network} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    network.settle(0, new Error('The server is down.'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server is down.');
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    expect(retry).not.toHaveAttribute('aria-busy');
    await user.click(retry);
    expect(network.count).toBe(2);

    // The mutation's own error is gone while it runs again; the held one keeps the alert up.
    expect(screen.getByRole('alert')).toBe(alert);
    expect(alert).toHaveTextContent('The server is down.');
    expect(retry).toHaveFocus();
    expect(retry).toHaveAttribute('aria-disabled', 'true');
    expect(retry).toHaveAttribute('aria-busy', 'true');
    await user.click(retry);
    await user.keyboard('{Enter}');
    expect(network.count).toBe(2);

    network.settle(1, 'Saved');
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the new failure when the retry fails too, its button ready again', async () => {
    const network = calls();
    const { user } = renderWithQueries(<Save network={network} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    network.settle(0, new Error('The server is down.'));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    network.settle(1, new Error('Too many requests.'));

    expect(await screen.findByText('Too many requests.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/^Too many requests\.Try again$/);
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry).not.toHaveAttribute('aria-disabled');
    await user.click(retry);
    expect(network.count).toBe(3);
  });
});

describe('RetryAlert with useQueryRetry', () => {
  it('keeps a failed read on screen while it reads again, then shows what arrived', async () => {
    const network = calls();
    const { user } = renderWithQueries(<List network={network} />);
    network.settle(0, new Error('The list could not be read.'));

    const retry = within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' });
    await user.click(retry);
    expect(network.count).toBe(2);
    expect(screen.getByRole('alert')).toHaveTextContent('The list could not be read.');
    expect(retry).toHaveFocus();
    expect(retry).toHaveAttribute('aria-busy', 'true');
    await user.click(retry);
    expect(network.count).toBe(2);

    network.settle(1, 'Three entries');
    expect(await screen.findByText('Three entries')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('RetryAlert', () => {
  it('offers no button when running again cannot help', () => {
    renderWithKit(<RetryAlert>You do not have access.</RetryAlert>);
    expect(screen.getByRole('alert')).toHaveTextContent('You do not have access.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('names its busy button with busyLabel, and otherwise reads the shared label of the catalog', async () => {
    const { rerender } = renderWithKit(
      <RetryAlert busy busyLabel="Saving…" onRetry={() => undefined}>
        Not saved.
      </RetryAlert>,
      { locale: 'de' },
    );
    expect(screen.getByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-busy', 'true');
    rerender(
      <RetryAlert busyLabel="Saving…" onRetry={() => undefined}>
        Not saved.
      </RetryAlert>,
    );
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).not.toHaveAttribute('aria-busy');
  });
});
