import type { Connection } from '@integrations-kit/client';
import { LazyConsentView } from '../consent/LazyConsentView.js';
import { getConsentNeed } from '../connection/getConsentNeed.js';
import { useMessages } from '../i18n/useMessages.js';
import { LazyBoundary } from '../primitives/LazyBoundary.js';
import { Progress } from '../primitives/Progress.js';
import { DialogSection } from './DialogSection.js';

/**
 * The dialog's Data access section, for a connection whose consent Vault tracks: the consent view,
 * loaded on demand. Renders nothing for a connection without consent (`implicit`).
 */
export function ConsentSection({ connection }: { connection: Connection }) {
  const m = useMessages().consent;
  if (getConsentNeed(connection) === 'none') return null;
  return (
    <DialogSection title={m.title} view="consent">
      <LazyBoundary loading={<Progress>{m.loading}</Progress>} retry={LazyConsentView.retry}>
        <LazyConsentView connection={connection} />
      </LazyBoundary>
    </DialogSection>
  );
}
