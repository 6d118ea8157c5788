/** How a toast is coloured and announced. */
export type ToastTone = 'success' | 'danger' | 'info';

/** What to show in a toast. */
export interface ToastOptions {
  title: string;
  description?: string;
  tone?: ToastTone;
  /** Milliseconds before it hides itself; `Infinity` keeps it until dismissed. Default 5000, 8000 for `danger`. */
  duration?: number;
  /** Replaces a shown toast with the same id instead of stacking a second one. */
  id?: string;
}

/** A toast as the store holds it. */
export interface ToastItem extends Required<Pick<ToastOptions, 'title' | 'tone' | 'duration' | 'id'>> {
  description?: string;
}

/** Shows and hides toasts. */
export interface ToastApi {
  /** Shows a toast and returns its id. */
  toast(options: ToastOptions): string;
  /** Hides one toast, or all of them without an id. */
  dismiss(id?: string): void;
}

/** The store behind `ToastProvider`: a tiny external store so callers of `toast()` never re-render. */
export interface ToastStore extends ToastApi {
  subscribe(listener: () => void): () => void;
  getSnapshot(): readonly ToastItem[];
}

// Enough to read; older ones make room rather than covering the page.
const MAX_TOASTS = 4;

export function createToastStore(): ToastStore {
  let items: readonly ToastItem[] = [];
  let nextId = 0;
  const listeners = new Set<() => void>();
  const set = (next: readonly ToastItem[]) => {
    items = next;
    for (const listener of listeners) listener();
  };
  return {
    toast(options) {
      const tone = options.tone ?? 'info';
      const item: ToastItem = {
        id: options.id ?? `ik-toast-${++nextId}`,
        title: options.title,
        description: options.description,
        tone,
        duration: options.duration ?? (tone === 'danger' ? 8000 : 5000),
      };
      set([...items.filter((existing) => existing.id !== item.id), item].slice(-MAX_TOASTS));
      return item.id;
    },
    dismiss(id) {
      set(id === undefined ? [] : items.filter((item) => item.id !== id));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => items,
  };
}
