import type { ConnectionRecord } from './ConnectionRecord.js';
import type { ConnectionStore } from './ConnectionStore.js';
import { clearHealthTimes } from './healthTransitions.js';

/**
 * The provider granted access. With a nonce (CSRF-protected two-step flow) the credentials wait
 * unconfirmed until `POST …/confirm`; without one they are live at once (legacy flow).
 */
export function grantAccess(store: ConnectionStore, record: ConnectionRecord, confirmed: boolean): void {
  record.added = true;
  record.connection.enabled = true;
  record.credentials = confirmed ? 'valid' : 'unconfirmed';
  delete record.condition;
  clearHealthTimes(record);
  store.touch(record);
}

/** The OAuth grant was revoked: the connection stays added, back to needing authorization. */
export function revokeAccess(store: ConnectionStore, record: ConnectionRecord): void {
  record.credentials = 'none';
  delete record.condition;
  store.touch(record);
}
