import type { ConnectionRef } from '../types.js';

/** The `{ unified_api, service_id }` path parameters of `ref`. */
export const connectionPath = (ref: ConnectionRef) => ({ unified_api: ref.unifiedApi, service_id: ref.serviceId });
