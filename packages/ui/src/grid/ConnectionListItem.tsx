import type { Connection } from '@integrations-kit/client';
import { memo } from 'react';
import { CardErrorBoundary } from '../card/CardErrorBoundary.js';
import { getDisplayName } from '../connection/getDisplayName.js';
import { IntegrationCard } from '../card/IntegrationCard.js';
import { useMessages } from '../i18n/useMessages.js';
import type { IndexedConnection } from './indexConnections.js';

interface ConnectionListItemProps {
  item: IndexedConnection;
  /** Position in the whole filtered list (0-based), also when only some items render. */
  index: number;
  setSize: number;
  onSelect: (connection: Connection) => void;
  /** Where a windowed list places the item (1-based grid lines); a plain list lets it flow. */
  row?: number;
  column?: number;
}

/**
 * One card of the list. Its own error boundary: a connection that cannot render shows a short
 * notice in its place and the rest of the grid stays usable. States its position in the whole
 * list (`aria-posinset` of `aria-setsize`), since a windowed list holds only the cards on screen.
 */
export const ConnectionListItem = memo(function ConnectionListItem({
  item,
  index,
  setSize,
  onSelect,
  row,
  column,
}: ConnectionListItemProps) {
  const messages = useMessages();
  return (
    <li
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className="ik:flex ik:min-w-0"
      style={row === undefined ? undefined : { gridRow: row, gridColumn: column }}
    >
      <CardErrorBoundary
        resetKey={item.connection}
        fallback={
          <div
            data-slot="integration-card"
            data-status="error"
            className="ik:flex ik:w-full ik:flex-col ik:gap-1 ik:rounded-kit ik:border ik:border-dashed ik:border-border ik:p-4 ik:text-fg-muted"
          >
            <span className="ik:font-semibold ik:text-fg">{getDisplayName(item.connection)}</span>
            <span>{messages.card.failed}</span>
          </div>
        }
      >
        <IntegrationCard connection={item.connection} status={item.status} onSelect={onSelect} />
      </CardErrorBoundary>
    </li>
  );
});
