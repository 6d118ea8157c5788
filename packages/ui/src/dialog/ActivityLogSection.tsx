import type { Connection } from '@integrations-kit/client';
import { useMessages } from '../i18n/useMessages.js';
import { LazyConnectionActivityLog } from '../logs/LazyConnectionActivityLog.js';
import { LazyBoundary } from '../primitives/LazyBoundary.js';
import { Progress } from '../primitives/Progress.js';
import { usePageSettings } from '../session/usePageSettings.js';
import { DialogSection } from './DialogSection.js';

// A dialog shows a short page; Show more reads on.
const PAGE_SIZE = 10;

/**
 * The dialog's Activity section: the connection's activity log, loaded on demand. Renders nothing
 * when the page's `showLogs` prop or, without it, the session's `show_logs` says no.
 */
export function ActivityLogSection({ connection }: { connection: Connection }) {
  const m = useMessages().logs;
  const { showLogs } = usePageSettings();
  if (!showLogs) return null;
  return (
    <DialogSection title={m.title}>
      <LazyBoundary loading={<Progress>{m.loading}</Progress>} retry={LazyConnectionActivityLog.retry}>
        <LazyConnectionActivityLog
          unifiedApi={connection.unified_api ?? ''}
          serviceId={connection.service_id ?? ''}
          pageSize={PAGE_SIZE}
        />
      </LazyBoundary>
    </DialogSection>
  );
}
