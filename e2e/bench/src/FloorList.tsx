import type { Connection } from '@integrations-kit/client';
import { useState } from 'react';

/**
 * The floor: a bare React list of the same connections, every row in the DOM, with the same icon,
 * name, tag line and state, a search field that filters by name on every keystroke and a native
 * `<dialog>` per click (Escape closes it). No kit, no styles: what any list of this data costs at the least.
 */
export function FloorList({ connections }: { connections: readonly Connection[] }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<Connection | null>(null);
  const words = query.toLowerCase();
  const shown = words
    ? connections.filter((connection) => (connection.name ?? '').toLowerCase().includes(words))
    : connections;
  return (
    <div data-slot="floor" onKeyDown={(event) => event.key === 'Escape' && setOpen(null)}>
      <input type="search" aria-label="Search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <ul>
        {shown.map((connection) => (
          <li key={connection.id}>
            <button type="button" data-slot="floor-row" onClick={() => setOpen(connection)}>
              <img src={connection.icon} alt="" width={40} height={40} />
              <b>{connection.name}</b> <span>{connection.tag_line}</span> <span>{connection.state}</span>
            </button>
          </li>
        ))}
      </ul>
      {open ? (
        <dialog open aria-label={open.name}>
          {open.name}
        </dialog>
      ) : null}
    </div>
  );
}
