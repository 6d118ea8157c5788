import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { retryableLazy } from './retryableLazy.js';

function Part({ label }: { label: string }) {
  return <p>{label}</p>;
}

function renderInSuspense(ui: React.ReactNode) {
  return render(<Suspense fallback={<p>Loading part</p>}>{ui}</Suspense>);
}

describe('retryableLazy', () => {
  it('renders a part whose code is already loaded in the first commit, without its fallback', () => {
    const Lazy = retryableLazy(() => Part);
    renderInSuspense(<Lazy label="Dialog" />);
    expect(screen.getByText('Dialog')).toBeInTheDocument();
    expect(screen.queryByText('Loading part')).not.toBeInTheDocument();
  });

  it('shows the fallback while the code loads, then the part', async () => {
    const Lazy = retryableLazy(async () => Part);
    renderInSuspense(<Lazy label="Dialog" />);
    expect(screen.getByText('Loading part')).toBeInTheDocument();
    expect(await screen.findByText('Dialog')).toBeInTheDocument();
  });
});
