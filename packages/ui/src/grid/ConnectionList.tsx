import type { Connection } from '@integrations-kit/client';
import { memo } from 'react';
import { CardErrorBoundary } from '../card/CardErrorBoundary.js';
import { getDisplayName } from '../card/getDisplayName.js';
import { IntegrationCard } from '../card/IntegrationCard.js';
import { useMessages } from '../i18n/useMessages.js';
import type { IndexedConnection } from './indexConnections.js';

interface ConnectionListProps {
  items: readonly IndexedConnection[];
  onSelect: (connection: Connection) => void;
}

/**
 * The cards, in a grid that fits as many ~16rem columns as the container allows (one on a phone-
 * width panel). Each card has its own error boundary: a connection that cannot render shows a
 * short notice in its place and the rest of the grid stays usable.
 */
export const ConnectionList = memo(function ConnectionList({ items, onSelect }: ConnectionListProps) {
  const messages = useMessages();
  return (
    <ul
      data-slot="connection-list"
      className="ik:grid ik:grid-cols-[repeat(auto-fill,minmax(min(100%,16rem),1fr))] ik:gap-3"
    >
      {items.map((item) => (
        <li key={item.key} className="ik:flex ik:min-w-0">
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
      ))}
    </ul>
  );
});

