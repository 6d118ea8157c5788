import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';

/**
 * At most this many cards render plainly, every one in the DOM: measured with `pnpm bench` on the
 * 2-core box, a card costs about 1 ms to the first frame (React, style, layout, icon decoding), so
 * 60 cards paint within about 50 ms, the first-cards target; above it only the rows on screen render.
 */
export const PLAIN_RENDER_LIMIT = 60;

/** A windowed row's height in the kit's rem (`--_ik-rem` in styles.css): a card's content is bounded (one-line name and API, two-line tag line). */
export const ROW_HEIGHT_REM = 10.5;
/** The narrowest column in the kit's rem, as in the plain grid's `minmax(min(100%, --spacing(64)), 1fr)`. */
const MIN_COLUMN_REM = 16;
/** Rows rendered above and below the screen, so Tab and fast scrolling find cards already there. */
const OVERSCAN_ROWS = 2;
/** The gap between cards (`gap-3` in ConnectionList), in the kit's rem: only the first guess uses it. */
const GAP_REM = 0.75;

// Measured before paint in the browser; on a server there is nothing to measure (and React 18 warns).
const useBeforePaint = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Which rows of a windowed list are on screen, and how many columns the list has. */
export interface RowWindow {
  columns: number;
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

const px = (value: string) => Number.parseFloat(value) || 0;
/** The kit's rem in pixels: its root's text size is 0.875 of it, whatever the host's root font size. */
const kitRem = (element: Element) =>
  px(getComputedStyle(element.closest('.ik-root') ?? element).fontSize) / 0.875 || 16;

/** Where the list sits on screen: its columns and the rows (unclamped) the viewport shows. */
interface Viewport {
  columns: number;
  /** First row on screen (may be past the last row of a short list). */
  first: number;
  /** One past the last row on screen. */
  last: number;
}

/** The viewport of a list `width` wide whose top is `top` px from the screen's, in pixels of `rem` and `gap`. */
function viewportOf(width: number, top: number, rem: number, gap: number): Viewport {
  const columns =
    width > 0 ? Math.max(1, Math.floor((width + gap) / (Math.min(width, MIN_COLUMN_REM * rem) + gap))) : 1;
  const stride = ROW_HEIGHT_REM * rem + gap;
  return {
    columns,
    first: Math.floor(Math.max(0, -top) / stride),
    last: Math.ceil((window.innerHeight - top) / stride),
  };
}

function measure(list: HTMLElement): Viewport {
  const rect = list.getBoundingClientRect();
  return viewportOf(rect.width, rect.top, kitRem(list), px(getComputedStyle(list).rowGap));
}

/**
 * Whether rendering `a` already shows every row of `b`, in the same columns: then `a` stands (a
 * list that shrank on screen keeps its rows until it scrolls; the first guess needs no second render).
 */
const covers = (a: Viewport, b: Viewport) => a.columns === b.columns && a.first <= b.first && a.last >= b.last;

/** Before anything is laid out, on a server or while hydrating: six rows of one column. */
const SERVER_GUESS: Viewport = { columns: 1, first: 0, last: 6 - OVERSCAN_ROWS };
const serverGuess = () => SERVER_GUESS;
const noSubscription = () => () => {};
let guessed: { width: number; height: number; viewport: Viewport } | undefined;

/**
 * The viewport guessed from the browser window alone, without reading any layout: the list as
 * wide as the window, at its top, in a 16 px rem. The list is never wider nor higher on screen
 * than that, so the guess covers what the first measurement finds whenever the columns agree,
 * and the first frame then renders once instead of twice.
 */
function windowGuess(): Viewport {
  const { innerWidth: width, innerHeight: height } = window;
  if (guessed?.width !== width || guessed.height !== height) {
    guessed = { width, height, viewport: viewportOf(width, 0, 16, GAP_REM * 16) };
  }
  return guessed.viewport;
}

/**
 * The rows of `listRef` on screen while the page (or any scrolling ancestor) scrolls and the list
 * resizes, measured before paint so the first frame already shows the right cards. The geometry is
 * measured only when the list mounts, scrolls or resizes, never because its count changed: a
 * search keystroke clamps the same viewport to the new count without forcing a layout mid-render.
 * When not `enabled` every row counts as on screen.
 */
export function useWindowedRows(listRef: RefObject<HTMLElement | null>, count: number, enabled: boolean): RowWindow {
  // The server's guess while hydrating, so the markup matches; the window's in a client render.
  const guess = useSyncExternalStore(noSubscription, windowGuess, serverGuess);
  const [view, setView] = useState<Viewport>(guess);
  const scheduleRef = useRef<(() => void) | undefined>(undefined);
  const measuredCount = useRef(count);

  useBeforePaint(() => {
    const list = listRef.current;
    if (!enabled || !list) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = measure(list);
      setView((current) => (covers(current, next) ? current : next));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    scheduleRef.current = schedule;
    // Capture: a scroll of any ancestor moves the list, not only the window's.
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
    resize?.observe(list);
    return () => {
      scheduleRef.current = undefined;
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      resize?.disconnect();
    };
  }, [listRef, enabled]);

  // A new count may move the list without resizing it (the toolbar's counts wrap): look again in
  // the next frame, when the browser lays the page out anyway (not on mount, just measured).
  useEffect(() => {
    if (measuredCount.current === count) return;
    measuredCount.current = count;
    scheduleRef.current?.();
  }, [count]);

  if (!enabled) return { columns: 1, start: 0, end: count };
  const rows = Math.ceil(count / view.columns);
  return {
    columns: view.columns,
    start: Math.min(rows, Math.max(0, view.first - OVERSCAN_ROWS)),
    end: Math.max(0, Math.min(rows, view.last + OVERSCAN_ROWS)),
  };
}
