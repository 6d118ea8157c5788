import type { CoreMessages } from '../i18n/coreMessages.js';
import { ownValue } from '../lib/ownValue.js';

/**
 * The name of a unified API as people read it: the messages' label when there is one, else the
 * id in sentence case ("issue-tracking" → "Issue tracking"), so a new API still reads well.
 */
export function getUnifiedApiLabel(id: string, labels: CoreMessages['unifiedApis']): string {
  const label = ownValue(labels, id);
  if (label) return label;
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
