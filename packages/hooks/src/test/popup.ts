import { vi } from 'vitest';

/** The stand-in for the popup window: what the opener can see of it. */
export interface FakePopup {
  closed: boolean;
  close(): void;
  /** Where the popup was sent after opening blank. */
  location: { href: string; replace(url: string): void };
}

/**
 * Stubs `window.open` (the browser boundary) to hand back a fake popup, or `null` for a blocked
 * popup. `url()` is the URL the hook sent the popup to.
 */
export function stubPopup(options: { blocked?: boolean } = {}) {
  const popup: FakePopup = {
    closed: false,
    close() {
      this.closed = true;
    },
    location: {
      href: 'about:blank',
      replace(url) {
        this.href = url;
      },
    },
  };
  const open = vi.spyOn(window, 'open').mockImplementation((url) => {
    popup.location.href = String(url);
    return options.blocked ? null : (popup as unknown as Window);
  });
  const url = () => {
    if (open.mock.calls.length === 0) throw new Error('window.open was not called');
    return popup.location.href;
  };
  return { popup, open, url };
}

/** Dispatches a `message` event on the opener as the browser would deliver a `postMessage`. */
export function postToOpener(data: unknown, from: { origin: string; source: unknown }) {
  window.dispatchEvent(new MessageEvent('message', { data, origin: from.origin, source: from.source as Window }));
}
