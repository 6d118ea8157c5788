import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KitThemeContext } from '../lib/KitThemeContext.js';
import { renderWithKit } from '../test/render.js';
import { Toaster } from './Toaster.js';
import { ToastProvider } from './ToastProvider.js';
import type { ToastOptions } from './toastStore.js';
import { useToast } from './useToast.js';

function Trigger({ options }: { options: ToastOptions }) {
  const { toast, dismiss } = useToast();
  return (
    <>
      <button type="button" onClick={() => toast(options)}>
        show
      </button>
      <button type="button" onClick={() => dismiss()}>
        clear
      </button>
    </>
  );
}

function renderToaster(options: ToastOptions, theme: 'dark' | 'system' = 'system') {
  return renderWithKit(
    <KitThemeContext.Provider value={theme}>
      <ToastProvider>
        <Trigger options={options} />
        <Toaster />
      </ToastProvider>
    </KitThemeContext.Provider>,
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Toaster', () => {
  it('announces a toast in a polite live region that exists before the toast', async () => {
    const { user } = renderToaster({ title: 'Salesforce connected', tone: 'success' });
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'show' }));
    expect(within(region).getByText('Salesforce connected')).toBeInTheDocument();
    expect(within(region).getByText('Salesforce connected').closest('[data-slot="toast"]')).toHaveAttribute(
      'data-tone',
      'success',
    );
  });

  it('dismisses a toast with its button', async () => {
    const { user } = renderToaster({ title: 'Saved', duration: Infinity });
    await user.click(screen.getByRole('button', { name: 'show' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it('hides a toast after its duration, but not while the pointer is on it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = renderToaster({ title: 'Saved', duration: 1000 });
    await user.click(screen.getByRole('button', { name: 'show' }));
    const toast = screen.getByText('Saved').closest('[data-slot="toast"]') as HTMLElement;

    await user.hover(toast);
    act(() => vi.advanceTimersByTime(5000));
    expect(screen.getByText('Saved')).toBeInTheDocument();

    await user.unhover(toast);
    act(() => vi.advanceTimersByTime(1100));
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it('replaces a toast with the same id instead of stacking it', async () => {
    const { user } = renderToaster({ title: 'Saving', id: 'save', duration: Infinity });
    await user.click(screen.getByRole('button', { name: 'show' }));
    await user.click(screen.getByRole('button', { name: 'show' }));
    expect(screen.getAllByText('Saving')).toHaveLength(1);
  });

  it('renders into <body> with its own kit scope and the forced theme', () => {
    renderToaster({ title: 'x' }, 'dark');
    const toaster = document.body.querySelector(':scope > [data-slot="toaster"]');
    expect(toaster).toHaveClass('ik-root', 'dark');
    expect(toaster).toHaveAccessibleName('Notifications');
  });

  it('does nothing (and does not throw) when useToast has no provider', async () => {
    const { user } = renderWithKit(<Trigger options={{ title: 'Lost' }} />);
    await user.click(screen.getByRole('button', { name: 'show' }));
    expect(screen.queryByText('Lost')).toBeNull();
  });
});
