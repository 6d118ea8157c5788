import type { CoreMessages } from '../i18n/coreMessages.js';
import { labelFromId } from '../lib/labelFromId.js';
import { ownValue } from '../lib/ownValue.js';

/**
 * The name of a unified API as people read it: the messages' label when there is one, else the
 * id in sentence case ("issue-tracking" → "Issue tracking"), so a new API still reads well.
 */
export function getUnifiedApiLabel(id: string, labels: CoreMessages['unifiedApis']): string {
  return ownValue(labels, id) || labelFromId(id);
}
