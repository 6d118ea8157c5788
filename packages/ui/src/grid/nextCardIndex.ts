/** Where a key moves focus in a grid of cards laid out in `columns`. */
export interface CardGridLayout {
  count: number;
  columns: number;
  /** Rows on one screen, for Page Up and Page Down. */
  pageRows: number;
  /** Right-to-left: the arrow keys follow the reading direction. */
  rtl: boolean;
}

/**
 * The card index a key moves focus to from `index` (clamped to the list), or `undefined` for a
 * key that does not move: arrows by one card or one row, Home and End to the first and last card,
 * Page Up and Page Down by a screen of rows.
 *
 * @example nextCardIndex('ArrowDown', 0, { count: 10, columns: 3, pageRows: 4, rtl: false }) // 3
 */
export function nextCardIndex(
  key: string,
  index: number,
  { count, columns, pageRows, rtl }: CardGridLayout,
): number | undefined {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  const steps: Record<string, number> = {
    [forward]: 1,
    [backward]: -1,
    ArrowDown: columns,
    ArrowUp: -columns,
    PageDown: columns * pageRows,
    PageUp: -columns * pageRows,
    Home: -count,
    End: count,
  };
  const step = Object.hasOwn(steps, key) ? steps[key] : undefined;
  if (step === undefined || count === 0) return undefined;
  // A row down from the last full row lands on the last card rather than nowhere.
  return Math.min(count - 1, Math.max(0, index + step));
}
