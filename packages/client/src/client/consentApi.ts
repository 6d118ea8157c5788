import type { VaultClient } from '../types.js';
import { connectionPath } from './connectionPath.js';
import { dataArray, dataObject, shapeError } from './data.js';
import { normalizeConsentRecord, normalizeConsentRecords } from './normalizeConsent.js';
import type { Requester } from './request.js';

const CONSENT = '/vault/connections/{unified_api}/{service_id}/consent';

/** `client.consent`: a connection's data-scope consent (`connectionConsentsAll`, `connectionConsentUpdate`). */
export function createConsentApi(request: Requester): VaultClient['consent'] {
  return {
    async list(ref, options) {
      const received = await request('GET', CONSENT, { path: connectionPath(ref) }, options?.signal);
      return normalizeConsentRecords(dataArray(received));
    },
    async update(ref, options) {
      const received = await request(
        'PATCH',
        CONSENT,
        { path: connectionPath(ref), body: ref.consent },
        options?.signal,
      );
      const record = normalizeConsentRecord(dataObject(received));
      if (!record) throw shapeError(received, '"data" to be a consent record');
      return record;
    },
  };
}
