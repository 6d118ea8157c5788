import type { Connection } from '@integrations-kit/client';
import { Suspense } from 'react';
import { LazyConsentView } from '../consent/LazyConsentView.js';
import { getConsentNeed } from '../connection/getConsentNeed.js';
import { useMessages } from '../i18n/useMessages.js';
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
      <Suspense fallback={<Progress>{m.loading}</Progress>}>
        <LazyConsentView connection={connection} />
      </Suspense>
    </DialogSection>
  );
}
