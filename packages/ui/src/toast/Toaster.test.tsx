import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KitThemeContext } from '../lib/KitThemeContext.js';
import { renderWithKit, type RenderWithKitOptions } from '../test/render.js';
import { Toaster, type ToasterProps } from './Toaster.js';
import { ToastProvider } from './ToastProvider.js';
import type { ToastOptions } from './toastStore.js';
import { useToast } from './useToast.js';

/** "show" shows every toast of `options` at once; "clear" dismisses them all. */
function Trigger({ options }: { options: ToastOptions[] }) {
  const { toast, dismiss } = useToast();
  return (
    <>
      <button type="button" onClick={() => options.forEach((item) => toast(item))}>
        show
      </button>
      <button type="button" onClick={() => dismiss()}>
        clear
      </button>
    </>
  );
}

function renderToaster(
  options: ToastOptions | ToastOptions[],
  {
    theme = 'system',
    toaster,
    ...kitOptions
  }: RenderWithKitOptions & { theme?: 'dark' | 'system'; toaster?: ToasterProps } = {},
) {
  return renderWithKit(
    <KitThemeContext.Provider value={theme}>
      <ToastProvider>
        <Trigger options={Array.isArray(options) ? options : [options]} />
        <Toaster {...toaster} />
      </ToastProvider>
    </KitThemeContext.Provider>,
    kitOptions,
  );
}

// Two toasts whose timers run out at different times; either one left over shows a timer that ran.
const twoToasts: ToastOptions[] = [
  { title: 'Saved', duration: 1000 },
  { title: 'Synced', duration: 3000 },
];

/** F8 as a browser sends it (user-event gives the function keys no `code`). */
const pressF8 = () => fireEvent.keyDown(document.activeElement ?? document.body, { key: 'F8', code: 'F8' });

afterEach(() => {
  vi.useRealTimers();
});

describe('Toaster', () => {
  it('announces success and info politely and danger assertively, in regions that exist before the toast', async () => {
    const { user } = renderToaster([
      { title: 'Salesforce connected', tone: 'success' },
      { title: "Couldn't disable Pipedrive", tone: 'danger' },
      { title: 'Nothing changed', tone: 'info' },
    ]);
    const polite = screen.getByRole('status');
    const assertive = document.querySelector('[data-slot="toaster"] [aria-live="assertive"]') as HTMLElement;
    expect(polite).toHaveAttribute('aria-live', 'polite');
    expect(assertive).toHaveAttribute('aria-live', 'assertive');
    expect(polite).toBeEmptyDOMElement();
    expect(assertive).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'show' }));
    expect(within(polite).getByText('Salesforce connected')).toBeInTheDocument();
    expect(within(polite).getByText('Nothing changed')).toBeInTheDocument();
    expect(within(assertive).getByText("Couldn't disable Pipedrive")).toBeInTheDocument();
    expect(within(polite).queryByText("Couldn't disable Pipedrive")).toBeNull();
    expect(within(assertive).getByText("Couldn't disable Pipedrive").closest('[data-slot="toast"]')).toHaveAttribute(
      'data-tone',
      'danger',
    );
  });

  it('dismisses a toast with its button and keeps focus in the region', async () => {
    const { user } = renderToaster({ title: 'Saved', duration: Infinity });
    await user.click(screen.getByRole('button', { name: 'show' }));
    screen.getByRole('button', { name: 'Dismiss' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('Saved')).toBeNull();
    expect(screen.getByRole('region', { name: 'Notifications (F8)' })).toHaveFocus();
  });

  it('pauses every toast while the pointer is on one and resumes them all when it leaves', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = renderToaster(twoToasts);
    await user.click(screen.getByRole('button', { name: 'show' }));
    const synced = screen.getByText('Synced').closest('[data-slot="toast"]') as HTMLElement;

    await user.hover(synced);
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(screen.getByText('Saved')).toBeInTheDocument();
    expect(screen.getByText('Synced')).toBeInTheDocument();

    await user.unhover(synced);
    await act(() => vi.advanceTimersByTimeAsync(1100));
    expect(screen.queryByText('Saved')).toBeNull();
    expect(screen.getByText('Synced')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(screen.queryByText('Synced')).toBeNull();
  });

  it('moves focus to the region with F8, which pauses every toast until focus leaves', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = renderToaster(twoToasts);
    await user.click(screen.getByRole('button', { name: 'show' }));

    pressF8();
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    expect(region).toHaveFocus();
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(screen.getByText('Saved')).toBeInTheDocument();
    expect(screen.getByText('Synced')).toBeInTheDocument();

    act(() => screen.getByRole('button', { name: 'show' }).focus());
    await act(() => vi.advanceTimersByTimeAsync(3100));
    expect(screen.queryByText('Saved')).toBeNull();
    expect(screen.queryByText('Synced')).toBeNull();
  });

  it('takes another hotkey and names it in the region label', async () => {
    const { user } = renderToaster({ title: 'Saved', duration: Infinity }, { toaster: { hotkey: ['altKey', 'KeyT'] } });
    await user.click(screen.getByRole('button', { name: 'show' }));
    pressF8();
    const region = screen.getByRole('region', { name: 'Notifications (alt+T)' });
    expect(region).not.toHaveFocus();
    await user.keyboard('{Alt>}t{/Alt}');
    expect(region).toHaveFocus();
  });

  it('names the region in German', () => {
    renderToaster({ title: 'Gespeichert' }, { locale: 'de' });
    expect(screen.getByRole('region', { name: 'Benachrichtigungen (F8)' })).toBeInTheDocument();
  });

  it('replaces a toast with the same id instead of stacking it', async () => {
    const { user } = renderToaster({ title: 'Saving', id: 'save', duration: Infinity });
    await user.click(screen.getByRole('button', { name: 'show' }));
    await user.click(screen.getByRole('button', { name: 'show' }));
    expect(screen.getAllByText('Saving')).toHaveLength(1);
  });

  it('renders into <body> with its own kit scope and the forced theme', () => {
    renderToaster({ title: 'x' }, { theme: 'dark' });
    const toaster = document.body.querySelector(':scope > [data-slot="toaster"]');
    expect(toaster).toHaveClass('ik-root', 'dark');
    expect(toaster).toHaveAccessibleName('Notifications (F8)');
  });

  it('does nothing (and does not throw) when useToast has no provider', async () => {
    const { user } = renderWithKit(<Trigger options={[{ title: 'Lost' }]} />);
    await user.click(screen.getByRole('button', { name: 'show' }));
    expect(screen.queryByText('Lost')).toBeNull();
  });
});
