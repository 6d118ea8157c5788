import { vi } from 'vitest';

/** The stand-in for the popup window: what the opener can see of it. */
export interface FakePopup {
  closed: boolean;
  close(): void;
}

/**
 * Stubs `window.open` (the browser boundary) to hand back a fake popup, or `null` for a blocked
 * popup. `url()` is the URL the hook opened.
 */
export function stubPopup(options: { blocked?: boolean } = {}) {
  const popup: FakePopup = {
    closed: false,
    close() {
      this.closed = true;
    },
  };
  const open = vi.spyOn(window, 'open').mockImplementation(() => (options.blocked ? null : (popup as unknown as Window)));
  const url = () => {
    const call = open.mock.calls.at(-1);
    if (!call) throw new Error('window.open was not called');
    return String(call[0]);
  };
  return { popup, open, url };
}

/** Dispatches a `message` event on the opener as the browser would deliver a `postMessage`. */
export function postToOpener(data: unknown, from: { origin: string; source: unknown }) {
  window.dispatchEvent(new MessageEvent('message', { data, origin: from.origin, source: from.source as Window }));
}
