import { vi, type MockInstance } from 'vitest';

/** The OAuth popup as far as the opening page can see it (a real window cannot be opened in jsdom). */
export interface FakePopup {
  closed: boolean;
  close: () => void;
  focus: () => void;
  /** Where the popup is: `about:blank` as opened, then where the flow sent it. */
  location: { href: string; replace(url: string): void };
  /** The same as `location.href`. */
  readonly url: string;
}

/** What `stubPopup` hands a test. */
export interface StubbedPopup {
  popup: FakePopup;
  /** The `window.open` spy. */
  open: MockInstance<typeof window.open>;
  /** Where the popup was sent (fails when `window.open` was not called). */
  url(): string;
}

/**
 * Stubs `window.open` (the browser boundary) to hand back one fake popup, or `null` as a popup
 * blocker does (`blocked`). Each open puts the popup back to not closed; `close` and `focus` are spies.
 */
export function stubPopup(options: { blocked?: boolean } = {}): StubbedPopup {
  const popup: FakePopup = {
    closed: false,
    close: vi.fn(() => {
      popup.closed = true;
    }),
    focus: vi.fn(),
    location: {
      href: 'about:blank',
      replace(url) {
        popup.location.href = url;
      },
    },
    get url() {
      return popup.location.href;
    },
  };
  const open = vi.spyOn(window, 'open').mockImplementation((url) => {
    popup.location.href = url === undefined ? 'about:blank' : String(url);
    popup.closed = false;
    return options.blocked ? null : (popup as unknown as Window);
  });
  const url = () => {
    if (open.mock.calls.length === 0) throw new Error('window.open was not called');
    return popup.location.href;
  };
  return { popup, open, url };
}

/** Dispatches a `message` event on the opener as the browser delivers a `postMessage` from `source` on `origin`. */
export function postToOpener(data: unknown, from: { origin: string; source: unknown }): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin: from.origin, source: from.source as Window }));
}
