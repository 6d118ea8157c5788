import type { Connection } from '@integrations-kit/client';
import { useCustomMappings } from '@integrations-kit/hooks';
import { useMessages } from '../i18n/useMessages.js';
import { LazyFieldMappingView } from '../mapping/LazyFieldMappingView.js';
import { LazyBoundary } from '../primitives/LazyBoundary.js';
import { Progress } from '../primitives/Progress.js';
import { usePageSettings } from '../session/usePageSettings.js';
import { DialogSection } from './DialogSection.js';

/**
 * The dialog's Field mapping section: the connection's mapping targets, loaded on demand. Only for
 * a callable connection (the downstream must answer for its example record) while the page's
 * `showFieldMapping` allows it; left out when the connection's `custom_mappings` are empty, or
 * once the list shows the connection has no targets.
 */
export function FieldMappingSection({ connection }: { connection: Connection }) {
  const m = useMessages().mapping;
  const { showFieldMapping } = usePageSettings();
  const ref = { unifiedApi: connection.unified_api ?? '', serviceId: connection.service_id ?? '' };
  // A connection that lists its `custom_mappings` (the live API sends them) and lists none has
  // nothing to map: nothing is asked. Without the list, the targets are read to find out.
  const listed = connection.custom_mappings;
  const shown = showFieldMapping && connection.state === 'callable' && listed?.length !== 0;
  // The same read as the view's (one cache entry): only whether there is anything to map.
  const hasTargets = useCustomMappings(ref, {
    enabled: shown && listed === undefined,
    select: (targets) => targets.length > 0,
  });
  if (!shown || hasTargets.data === false) return null;
  return (
    <DialogSection title={m.title}>
      <LazyBoundary loading={<Progress>{m.loading}</Progress>} retry={LazyFieldMappingView.retry}>
        <LazyFieldMappingView {...ref} />
      </LazyBoundary>
    </DialogSection>
  );
}
