import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithKit } from '../test/render.js';
import { LazyBoundary } from './LazyBoundary.js';
import { retryableLazy } from './retryableLazy.js';

function Part({ label }: { label: string }) {
  return <p>{label}</p>;
}

function Thrower(): never {
  throw new Error('malformed data');
}

/** A page with a counter beside the boundary, to show the rest keeps working. */
function Page({ children }: { children: React.ReactNode }) {
  const [count, setCount] = useState(0);
  return (
    <div>
      <button type="button" onClick={() => setCount(count + 1)}>
        Clicked {count}
      </button>
      {children}
    </div>
  );
}

describe('LazyBoundary with retryableLazy', () => {
  it('shows a one-line alert where a part whose code failed to load was, and the rest keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Lazy = retryableLazy<{ label: string }>(() => Promise.reject(new Error('chunk failed')));
    const { user } = renderWithKit(
      <Page>
        <LazyBoundary retry={Lazy.retry}>
          <Lazy label="Loaded part" />
        </LazyBoundary>
      </Page>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load this part.");
    await user.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument();
  });

  it('Try again after a failed import loads the part', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<typeof Part>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValue(Part);
    const Lazy = retryableLazy(load);
    const { user } = renderWithKit(
      <LazyBoundary retry={Lazy.retry}>
        <Lazy label="Loaded part" />
      </LazyBoundary>,
    );
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Loaded part')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the page mounted when a part throws while rendering, in German too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = renderWithKit(
      <Page>
        <LazyBoundary retry={() => {}}>
          <Thrower />
        </LazyBoundary>
      </Page>,
      { locale: 'de' },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Dieser Teil konnte nicht geladen werden.');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument();
  });
});
