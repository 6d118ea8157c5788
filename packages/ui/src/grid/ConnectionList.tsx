import type { Connection } from '@integrations-kit/client';
import { memo, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import { ConnectionListItem } from './ConnectionListItem.js';
import type { IndexedConnection } from './indexConnections.js';
import { nextCardIndex } from './nextCardIndex.js';
import { PLAIN_RENDER_LIMIT, ROW_HEIGHT_REM, useWindowedRows } from './useWindowedRows.js';

interface ConnectionListProps {
  items: readonly IndexedConnection[];
  onSelect: (connection: Connection) => void;
  /** A card was hovered or focused: the connection it opens is worth reading ahead. */
  onPrefetch?: (connection: Connection) => void;
}

const CARD = '[data-slot="integration-card"]';

/** The index of the list item an event happened in (`data-index`), if any. */
function itemIndex(event: SyntheticEvent): number | undefined {
  const item = (event.target as Element).closest?.('[data-index]');
  return item ? Number(item.getAttribute('data-index')) : undefined;
}

/**
 * The cards, in a grid that fits as many ~16rem columns as the container allows (one on a phone-
 * width panel). Up to `PLAIN_RENDER_LIMIT` cards all render; above it only the rows on screen do
 * (each card placed in its own row and column, so the page scrolls as if all were there), plus
 * the card with focus, so focus survives scrolling it out of view and back. Arrow keys, Home, End,
 * Page Up and Page Down move between cards; each item states its position in the whole list.
 */
export const ConnectionList = memo(function ConnectionList({ items, onSelect, onPrefetch }: ConnectionListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const windowed = items.length > PLAIN_RENDER_LIMIT;
  const { columns, start, end } = useWindowedRows(listRef, items.length, windowed);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const prefetched = useRef<string | null>(null);

  const rows = Math.ceil(items.length / columns);
  const shown = useMemo(() => {
    const indices: number[] = [];
    for (let index = start * columns; index < Math.min(items.length, end * columns); index += 1) indices.push(index);
    if (!windowed || focusedKey === null) return indices;
    const focused = items.findIndex((item) => item.key === focusedKey);
    if (focused >= 0 && !indices.includes(focused)) indices.push(focused);
    return indices.sort((a, b) => a - b);
  }, [items, start, end, columns, windowed, focusedKey]);

  const onItem = (event: SyntheticEvent) => {
    const index = itemIndex(event);
    const item = index === undefined ? undefined : items[index];
    if (!item || prefetched.current === item.key) return;
    prefetched.current = item.key;
    onPrefetch?.(item.connection);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = listRef.current;
    const index = itemIndex(event);
    if (!list || index === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const pageRows = Math.max(1, Math.floor(window.innerHeight / (ROW_HEIGHT_REM * 16)));
    const rtl = getComputedStyle(list).direction === 'rtl';
    const target = nextCardIndex(event.key, index, { count: items.length, columns, pageRows, rtl });
    const item = target === undefined ? undefined : items[target];
    if (!item) return;
    event.preventDefault();
    // Render the target first when it is off screen; focusing it then scrolls it into view.
    flushSync(() => setFocusedKey(item.key));
    list.querySelector<HTMLElement>(`[data-index="${target}"] ${CARD}`)?.focus();
  };

  return (
    <ul
      ref={listRef}
      data-slot="connection-list"
      data-windowed={windowed ? '' : undefined}
      className="ik:grid ik:grid-cols-[repeat(auto-fill,minmax(min(100%,--spacing(64)),1fr))] ik:gap-3"
      style={
        windowed
          ? {
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              gridTemplateRows: `repeat(${rows}, calc(var(--_ik-rem) * ${ROW_HEIGHT_REM}))`,
            }
          : undefined
      }
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const index = itemIndex(event);
        if (index !== undefined) setFocusedKey(items[index]?.key ?? null);
        onItem(event);
      }}
      onPointerOver={onItem}
    >
      {shown.map((index) => {
        const item = items[index] as IndexedConnection;
        return (
          <ConnectionListItem
            key={item.key}
            item={item}
            index={index}
            setSize={items.length}
            onSelect={onSelect}
            row={windowed ? Math.floor(index / columns) + 1 : undefined}
            column={windowed ? (index % columns) + 1 : undefined}
          />
        );
      })}
    </ul>
  );
});
